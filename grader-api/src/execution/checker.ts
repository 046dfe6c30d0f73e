export type Checker = { kind: 'exact' } | { kind: 'float'; tolerance: number };

/** Lines without trailing whitespace, without trailing blank lines. */
function normalize(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n').map((line) => line.replace(/\s+$/, ''));
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

export interface CheckResult {
  accepted: boolean;
  /** 1-based line of the first difference, for samples' feedback. */
  firstDifferentLine?: number;
}

export function check(checker: Checker, expected: string, actual: string): CheckResult {
  const want = normalize(expected);
  const got = normalize(actual);
  const lines = Math.max(want.length, got.length);
  for (let i = 0; i < lines; i++) {
    if (!linesMatch(checker, want[i], got[i])) return { accepted: false, firstDifferentLine: i + 1 };
  }
  return { accepted: true };
}

function linesMatch(checker: Checker, want: string | undefined, got: string | undefined): boolean {
  if (want === undefined || got === undefined) return false;
  if (checker.kind === 'exact') return want === got;
  const wantTokens = want.trim().split(/\s+/);
  const gotTokens = got.trim().split(/\s+/);
  if (wantTokens.length !== gotTokens.length) return false;
  return wantTokens.every((token, i) => tokensMatch(token, gotTokens[i] ?? '', checker.tolerance));
}

/** Numbers within absolute or relative tolerance; anything else exactly. */
function tokensMatch(want: string, got: string, tolerance: number): boolean {
  const a = Number(want);
  const b = Number(got);
  if (want === '' || got === '' || Number.isNaN(a) || Number.isNaN(b)) return want === got;
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a));
}
