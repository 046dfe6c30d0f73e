import { z } from 'zod';
import { Language } from './languages.ts';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const Difficulty = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof Difficulty>;

export const Slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by "-"');

export const Sample = z.object({ input: z.string(), expected: z.string() });
export type Sample = z.infer<typeof Sample>;

export const AssignmentSummary = z.object({
  slug: Slug,
  title: z.string(),
  difficulty: Difficulty,
  languages: z.array(Language),
  points: z.number().int(),
  tags: z.array(z.string()),
});
export type AssignmentSummary = z.infer<typeof AssignmentSummary>;

export const AssignmentList = z.object({ items: z.array(AssignmentSummary) });
export type AssignmentList = z.infer<typeof AssignmentList>;

export const AssignmentDetail = AssignmentSummary.extend({
  statement: z.string(),
  starterCode: z.partialRecord(Language, z.string()),
  samples: z.array(Sample),
  timeLimitMs: z.number().int(),
  memoryLimitMb: z.number().int(),
});
export type AssignmentDetail = z.infer<typeof AssignmentDetail>;

/** How a program's output is compared with the expected one; authored per assignment, applied by graders. */
export const Checker = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact') }),
  z.strictObject({ kind: z.literal('float'), tolerance: z.number().positive().max(1) }),
]);
export type Checker = z.infer<typeof Checker>;
