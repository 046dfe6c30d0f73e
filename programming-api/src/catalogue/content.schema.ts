import { z } from 'zod';
import { Checker, Difficulty, type Language } from '@eduscale/contracts';

/** The file layout authors write; see content/README.md. */
export const SOURCE_FILES = {
  python: 'main.py',
  javascript: 'main.js',
  typescript: 'main.ts',
  c: 'main.c',
  cpp: 'main.cpp',
  java: 'Main.java',
  go: 'main.go',
  rust: 'main.rs',
} as const satisfies Record<Language, string>;

export const AssignmentMeta = z.strictObject({
  title: z.string().min(3).max(80),
  difficulty: Difficulty,
  points: z.number().int().min(1).max(1000),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  timeLimitMs: z.number().int().min(100).max(10_000),
  memoryLimitMb: z.number().int().min(16).max(1024),
  checker: Checker.default({ kind: 'exact' }),
});
export type AssignmentMeta = z.infer<typeof AssignmentMeta>;

export interface TestCase {
  name: string;
  input: string;
  expected: string;
}

export interface AuthoredAssignment extends AssignmentMeta {
  slug: string;
  statement: string;
  samples: TestCase[];
  hidden: TestCase[];
  starterCode: Partial<Record<Language, string>>;
  solutions: Partial<Record<Language, string>>;
  /** sha256 over the tests and the checker: it changes exactly when grading would. */
  testsHash: string;
}
