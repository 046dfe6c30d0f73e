import { z } from 'zod';
import { Finding } from './insights.ts';
import { Language } from './languages.ts';
import { Verdict } from './verdicts.ts';

export const MAX_CODE_BYTES = 64 * 1024;
export const MAX_STDIN_BYTES = 256 * 1024;

/** The editor's "Run": one program on the caller's input. */
export const RunRequest = z.strictObject({
  language: Language,
  code: z.string().min(1, 'must not be empty'),
  stdin: z.string().default(''),
});
export type RunRequest = z.infer<typeof RunRequest>;

export const RunResponse = z.object({
  verdict: Verdict,
  stdout: z.string(),
  stderr: z.string(),
  exitCode: z.number().int().nullable(),
  timeMs: z.number(),
  memoryKb: z.number(),
  compileOutput: z.string().nullable(),
  /** What the language's linters found in the code (API.md, "Code insights"). */
  findings: z.array(Finding),
});
export type RunResponse = z.infer<typeof RunResponse>;
