import { z } from 'zod';

export const DependencyState = z.enum(['up', 'down']);

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  checks: z.record(z.string(), z.object({ status: DependencyState, latencyMs: z.number().optional(), error: z.string().optional() })),
});
export type Health = z.infer<typeof Health>;
