import { z } from 'zod';

/**
 * Code insights of one graded program (API.md, "Code insights"): what its language's linters
 * found, its functions' length and cyclomatic complexity, and, for assignments with a complexity
 * spec, the time complexity measured on inputs of growing size.
 */

export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;
export const FindingSeverity = z.enum(FINDING_SEVERITIES);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

export const Finding = z.object({
  /** The linter that reported it: ruff, oxlint, cppcheck, go vet, clippy, javac. */
  tool: z.string().min(1),
  rule: z.string().min(1),
  severity: FindingSeverity,
  line: z.number().int().min(1),
  column: z.number().int().min(1).optional(),
  message: z.string(),
  /** The rule's documentation. */
  url: z.url().optional(),
});
export type Finding = z.infer<typeof Finding>;

export const FunctionMetric = z.object({
  name: z.string(),
  line: z.number().int().min(1),
  /** Lines of code of the function, comments and blank lines excluded. */
  length: z.number().int().min(0),
  cyclomatic: z.number().int().min(1),
});
export type FunctionMetric = z.infer<typeof FunctionMetric>;

/** Growth classes, slowest-growing first. */
export const COMPLEXITY_CLASSES = ['1', 'log n', 'n', 'n log n', 'n^2', 'n^2 log n', 'n^3', '2^n'] as const;
export const ComplexityClass = z.enum(COMPLEXITY_CLASSES);
export type ComplexityClass = z.infer<typeof ComplexityClass>;

export const COST_UNITS = ['instructions', 'ms'] as const;

export const ComplexityPoint = z.object({ n: z.number().int().min(1), cost: z.number().min(0) });
export type ComplexityPoint = z.infer<typeof ComplexityPoint>;

export const Complexity = z.object({
  detected: ComplexityClass,
  /** The class the assignment expects. */
  expected: ComplexityClass.optional(),
  confidence: z.number().min(0).max(1),
  /** When the two best classes fit almost equally well, the detected one and the runner-up, slower first. */
  between: z.tuple([ComplexityClass, ComplexityClass]).optional(),
  /** instructions: counted, deterministic; ms: the median of warmed timings. */
  unit: z.enum(COST_UNITS),
  points: z.array(ComplexityPoint),
});
export type Complexity = z.infer<typeof Complexity>;

export const Insights = z.object({
  findings: z.array(Finding),
  functions: z.array(FunctionMetric),
  complexity: Complexity.nullable(),
});
export type Insights = z.infer<typeof Insights>;

/** The insights queue's job: a grading id only. Low priority: verdicts never wait for it. */
export const INSIGHTS_QUEUE = 'insights';
export const InsightsJob = z.object({ gradingId: z.uuid() });
export type InsightsJob = z.infer<typeof InsightsJob>;
