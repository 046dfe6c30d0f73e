import { z } from 'zod';
import { Checker, ComplexityClass, Difficulty, type Language } from '@eduscale/contracts';

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

/** Sizes far enough apart that growth classes tell apart: each at least 1.5× and at most 4× the one before. */
const MIN_SIZE_RATIO = 1.5;
const MAX_SIZE_RATIO = 4;

/** `complexity/spec.json`: the class the intended solution has, what n counts, and the sizes to measure at. */
export const ComplexitySpec = z.strictObject({
  expected: ComplexityClass,
  n: z.string().min(3).max(120),
  sizes: z
    .array(z.number().int().min(1).max(10_000_000))
    .min(8)
    .max(12)
    .superRefine((sizes, ctx) => {
      sizes.forEach((size, i) => {
        const previous = sizes[i - 1];
        if (previous === undefined) return;
        const ratio = size / previous;
        if (ratio < MIN_SIZE_RATIO || ratio > MAX_SIZE_RATIO) {
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `${size} after ${previous} is ${ratio.toFixed(2)}× the size before it; sizes grow by ${MIN_SIZE_RATIO}× to ${MAX_SIZE_RATIO}× each`,
          });
        }
      });
    }),
});
export type ComplexitySpec = z.infer<typeof ComplexitySpec>;

export interface ComplexityInput {
  n: number;
  input: string;
}

/** A complexity spec with its inputs, generated at seed time and stored with the assignment version. */
export interface AuthoredComplexity {
  expected: ComplexityClass;
  /** What n counts, for people reading the result ("edges", "operations"). */
  n: string;
  inputs: ComplexityInput[];
}

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
  /** From the optional `complexity/` folder; null when the assignment has none. */
  complexity: AuthoredComplexity | null;
  /** sha256 over the tests, the checker and the complexity spec with its inputs: it changes exactly when grading would. */
  testsHash: string;
}
