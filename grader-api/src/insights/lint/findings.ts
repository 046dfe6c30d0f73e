import { Finding } from '@eduscale/contracts';
import type { RawFinding } from './linter.ts';

/** A file that makes a tool report thousands of problems gets its first ones, which say enough. */
export const MAX_FINDINGS_PER_TOOL = 200;
const MAX_MESSAGE_CHARS = 500;
const MAX_RULE_CHARS = 100;

/**
 * Tool output is as untrusted as the code it read (a string literal can hold anything a tool
 * echoes back): every finding is rebuilt field by field, its line clamped to the file's lines,
 * and anything that does not fit the contract is dropped.
 */
export function acceptFindings(tool: string, raw: readonly RawFinding[], lineCount: number): Finding[] {
  const findings: Finding[] = [];
  for (const candidate of raw) {
    if (findings.length >= MAX_FINDINGS_PER_TOOL) break;
    const line = clampInt(candidate.line, 1, Math.max(1, lineCount));
    if (line === undefined) continue;
    const column = clampInt(candidate.column, 1, 100_000);
    const finding = {
      tool,
      rule: String(candidate.rule).slice(0, MAX_RULE_CHARS),
      severity: candidate.severity,
      line,
      ...(column === undefined ? {} : { column }),
      message: oneLine(String(candidate.message)).slice(0, MAX_MESSAGE_CHARS),
      ...(typeof candidate.url === 'string' && /^https:\/\/[\w.-]+\//.test(candidate.url) ? { url: candidate.url } : {}),
    };
    const parsed = Finding.safeParse(finding);
    if (parsed.success) findings.push(parsed.data);
  }
  return findings;
}

function clampInt(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return undefined;
  return Math.min(max, Math.max(min, Math.trunc(n)));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function lineCount(code: string): number {
  return code.split('\n').length;
}

/** JSON.parse that answers undefined instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A value's own property when the value is an object, else undefined: for JSON of unknown shape. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
