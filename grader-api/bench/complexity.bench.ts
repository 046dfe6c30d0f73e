/**
 * What measuring time complexity costs per language, and what it detects, on programs of known
 * growth (linear sum, all-pairs two-sum, sort) over 10 geometric sizes in the real bubblewrap
 * sandbox with the default budgets. BENCH_LANGUAGES=c,python limits the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '@eduscale/contracts';
import { DEFAULT_CACHE_DIR } from '../src/config.ts';
import { complexityOf, COUNTED_LANGUAGES, measureSeries } from '../src/insights/complexity/measure.ts';
import { numbersInput, PROGRAMS } from '../src/insights/complexity/programs.fixture.ts';
import { COMPILE_LIMITS, LANGUAGE_SPECS } from '../src/languages/languages.ts';
import { BubblewrapSandbox } from '../src/sandbox/bubblewrap/bubblewrap.driver.ts';

type Kind = 'linear' | 'quadratic' | 'nLogN';
const EXPECTED = { linear: 'n', quadratic: 'n^2', nLogN: 'n log n' } as const;

const geometric = (from: number, ratio: number) => Array.from({ length: 10 }, (_, i) => Math.round(from * ratio ** i));
/** Sizes that keep each series within the default budget while the work dwarfs the start-up. */
function sizes(language: Language, kind: Kind): number[] {
  const counted = COUNTED_LANGUAGES.includes(language);
  if (kind === 'quadratic') return language === 'python' ? geometric(60, 1.35) : counted ? geometric(250, 1.45) : geometric(2000, 1.35);
  if (language === 'python') return geometric(500, 1.8);
  return counted ? geometric(1000, 1.9) : geometric(20_000, 1.6);
}

const programs: Record<Language, Partial<Record<Kind, string>>> = {
  c: PROGRAMS.c,
  cpp: PROGRAMS.cpp,
  rust: PROGRAMS.rust,
  go: PROGRAMS.go,
  python: PROGRAMS.python,
  java: PROGRAMS.java,
  javascript: PROGRAMS.javascript,
  typescript: PROGRAMS.javascript,
};
const only = process.env.BENCH_LANGUAGES?.split(',').filter(Boolean);

const workDir = mkdtempSync(join(tmpdir(), 'complexity-bench-'));
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: DEFAULT_CACHE_DIR, concurrency: 2 });
try {
  console.log('language    program    detected            confidence  sizes  measure s  CPU s  stopped');
  for (const [language, kinds] of Object.entries(programs) as [Language, Partial<Record<Kind, string>>][]) {
    if (only && !only.includes(language)) continue;
    // Two series at a time: one per sandbox slot.
    const known = (['linear', 'quadratic', 'nLogN'] as const).filter((kind) => kinds[kind] !== undefined);
    const rows = await Promise.all(known.map((kind) => bench(language, kind, kinds[kind]!)));
    for (const row of rows) console.log(row);
  }
} finally {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
}

async function bench(language: Language, kind: Kind, code: string): Promise<string> {
  const plan = LANGUAGE_SPECS[language].plan(code);
  if ('error' in plan) return `${language} ${kind}: ${plan.error}`;
  const box = await sandbox.createBox(plan.files);
  try {
    if (plan.compile) {
      const compiled = await box.exec({ argv: plan.compile.argv, env: plan.compile.env, toolchains: plan.compile.toolchains, limits: COMPILE_LIMITS, writableBox: true });
      if (compiled.exitCode !== 0) return `${language} ${kind}: compile failed ${compiled.stderr.toString('utf8', 0, 300)}`;
    }
    const inputs = sizes(language, kind).map((n) => ({ n, input: numbersInput(n) }));
    const started = performance.now();
    const series = await measureSeries({ box, language, argv: plan.run(256), inputs });
    const seconds = (performance.now() - started) / 1000;
    const complexity = complexityOf(series, EXPECTED[kind]);
    const detected = complexity ? `${complexity.detected}${complexity.between ? ` [${complexity.between.join(' | ')}]` : ''}` : 'null';
    const mark = complexity && (complexity.detected === complexity.expected || complexity.between?.includes(EXPECTED[kind])) ? '' : ` (expected ${EXPECTED[kind]})`;
    return [
      language.padEnd(11),
      kind.padEnd(10),
      `${detected}${mark}`.padEnd(19),
      String(complexity?.confidence ?? '-').padEnd(11),
      String(series.raw.length).padEnd(6),
      seconds.toFixed(1).padEnd(10),
      (series.cpuMs / 1000).toFixed(1).padEnd(6),
      series.stopped ? `${series.stopped.reason} at n=${series.stopped.n}` : '',
    ].join(' ');
  } finally {
    await box.dispose();
  }
}
