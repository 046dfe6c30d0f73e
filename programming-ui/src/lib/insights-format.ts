import type { Complexity, ComplexityClass, Finding, FindingSeverity, FunctionMetric } from '@eduscale/contracts';

/**
 * The contract's growth classes, slowest-growing first. Repeated here (and checked against the
 * contract by the test) because islands import no values from contracts: that would bundle zod.
 */
export const CLASS_ORDER: readonly ComplexityClass[] = ['1', 'log n', 'n', 'n log n', 'n^2', 'n^2 log n', 'n^3', '2^n'];

const SUPERSCRIPTS: Record<string, string> = { '2': '²', '3': '³', n: 'ⁿ' };
const SPOKEN: Record<ComplexityClass, string> = {
  '1': 'constant',
  'log n': 'log n',
  n: 'n',
  'n log n': 'n log n',
  'n^2': 'n squared',
  'n^2 log n': 'n squared log n',
  'n^3': 'n cubed',
  '2^n': '2 to the n',
};

/** "n^2 log n" → "n² log n", "2^n" → "2ⁿ". */
export function formatClass(growth: ComplexityClass): string {
  return growth.replace(/\^(\w)/g, (_, power: string) => SUPERSCRIPTS[power] ?? `^${power}`);
}

/** "O(n²)", or for a close call "O(n) – O(n log n)", faster-growing class last. */
export function formatBigO(growth: ComplexityClass | readonly ComplexityClass[]): string {
  const classes = typeof growth === 'string' ? [growth] : sortClasses(growth);
  return classes.map((c) => `O(${formatClass(c)})`).join(' – ');
}

/** What a screen reader says for formatBigO: "O of n squared". */
export function spokenBigO(growth: ComplexityClass | readonly ComplexityClass[]): string {
  const classes = typeof growth === 'string' ? [growth] : sortClasses(growth);
  return classes.map((c) => `O of ${SPOKEN[c]}`).join(' to ');
}

export function sortClasses(classes: readonly ComplexityClass[]): ComplexityClass[] {
  return [...classes].sort((a, b) => CLASS_ORDER.indexOf(a) - CLASS_ORDER.indexOf(b));
}

export type ComplexityTone = 'success' | 'warning' | 'neutral';

/**
 * Success when the measured class (the slower one of a close call) grows no faster than the
 * expected one, warning when it grows faster, neutral when the assignment expects none.
 */
export function complexityTone(complexity: Pick<Complexity, 'detected' | 'expected' | 'between'>): ComplexityTone {
  if (!complexity.expected) return 'neutral';
  const candidates = complexity.between ?? [complexity.detected];
  const slowest = Math.max(...candidates.map((c) => CLASS_ORDER.indexOf(c)));
  return slowest <= CLASS_ORDER.indexOf(complexity.expected) ? 'success' : 'warning';
}

/** "92% confidence". */
export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}% confidence`;
}

export const SEVERITY_LABELS: Record<FindingSeverity, { one: string; many: string }> = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Info', many: 'Info' },
};

const SEVERITY_ORDER: readonly FindingSeverity[] = ['error', 'warning', 'info'];

export interface FindingGroup {
  severity: FindingSeverity;
  findings: Finding[];
}

/** Errors, then warnings, then info; each in the order of the code; empty groups left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byPlace = [...findings].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return SEVERITY_ORDER.map((severity) => ({ severity, findings: byPlace.filter((f) => f.severity === severity) })).filter(
    (group) => group.findings.length > 0,
  );
}

/** "2 errors, 1 warning": what a collapsed panel or a screen reader says about the findings. */
export function summarizeFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings';
  return groupFindings(findings)
    .map(({ severity, findings: group }) => {
      const count = group.length;
      const label = SEVERITY_LABELS[severity];
      return severity === 'info' ? `${count} info` : `${count} ${(count === 1 ? label.one : label.many).toLowerCase()}`;
    })
    .join(', ');
}

/** "12:5", or "12" when the linter gave no column. */
export function formatPlace(finding: Pick<Finding, 'line' | 'column'>): string {
  return finding.column === undefined ? `${finding.line}` : `${finding.line}:${finding.column}`;
}

/** Above this, a function has more paths than a reviewer would let pass (McCabe's own threshold). */
export const CYCLOMATIC_LIMIT = 10;

export const isComplexFunction = (metric: FunctionMetric) => metric.cyclomatic > CYCLOMATIC_LIMIT;

/** A rule's documentation link, only when it is http(s): the URL comes from a linter's output. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
