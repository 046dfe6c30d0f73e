/**
 * `npm run load -- <catalogue|submissions>`: the k6 scripts' scenarios, run with autocannon
 * (npm) against a running stack, for figures on machines without k6. Variables as in k6/:
 *   catalogue    VUS=32 DURATION=10s ROUNDS=3 (k6/assignments.js)
 *   submissions  USERS=40 VUS=10 REUSED_DURATION=20s (the `reused` scenario of k6/submissions.js)
 * EDUSCALE_URL defaults to http://localhost:8080. Exits non-zero when a target made no request
 * or failed more often than the k6 thresholds allow (0.1 % of reads, 1 % of submissions).
 */
import { z } from 'zod';
import { runCatalogue } from './load/catalogue.ts';
import { catalogueReport, submissionsReport } from './load/report.ts';
import { runSubmissions } from './load/submissions.ts';

const seconds = z
  .string()
  .regex(/^\d+(s|m)$/, 'durations look like 20s or 2m')
  .transform((text) => Number.parseInt(text, 10) * (text.endsWith('m') ? 60 : 1));
const count = z.coerce.number().int().min(1);

const Env = z.object({
  EDUSCALE_URL: z.url().default('http://localhost:8080').transform((url) => url.replace(/\/$/, '')),
  VUS: count.optional(),
  DURATION: seconds.default(10),
  ROUNDS: count.default(3),
  USERS: count.default(40),
  REUSED_DURATION: seconds.default(20),
});

const SCENARIOS = ['catalogue', 'submissions'] as const;

async function main(args: string[]): Promise<number> {
  const scenario = SCENARIOS.find((name) => name === args[0]);
  if (!scenario || args.length > 1) {
    console.error(`usage: npm run load -- <${SCENARIOS.join('|')}>   (variables: see scripts/load.ts)`);
    return 2;
  }
  const parsed = Env.safeParse(process.env);
  if (!parsed.success) {
    console.error(`[load] ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return 2;
  }
  const env = parsed.data;
  console.log(`[load] ${scenario} against ${env.EDUSCALE_URL}`);
  if (scenario === 'catalogue') {
    const options = { base: env.EDUSCALE_URL, connections: env.VUS ?? 32, seconds: env.DURATION, rounds: env.ROUNDS, pauseSeconds: 3 };
    const result = await runCatalogue(options);
    console.log(catalogueReport(options, result));
    return result.rows.every((row) => row.requests > 0 && row.failed <= 0.001 * row.requests) ? 0 : 1;
  }
  const options = { base: env.EDUSCALE_URL, users: env.USERS, connections: env.VUS ?? 10, seconds: env.REUSED_DURATION };
  const result = await runSubmissions(options);
  console.log(submissionsReport(options, result));
  if (result.failed > 0) console.log('(a 429 means the per-user limits were not raised: see the README, "Load tests")');
  return result.requests > 0 && result.failed <= 0.01 * result.requests ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
