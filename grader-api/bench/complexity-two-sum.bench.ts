/**
 * `node grader-api/bench/complexity-two-sum.bench.ts`: the analysis CPU one submission costs, per language, on the
 * two-sum assignment's own series (content/assignments/two-sum/complexity, generated as the seed
 * does) with its reference solutions and an all-pairs brute force: lint, lizard, the compile and
 * every size of the series, each in the real bubblewrap sandbox, one after the other (as a grader
 * with INSIGHTS_CONCURRENCY=1 does). BENCH_LANGUAGES=c,python limits the run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '@eduscale/contracts';
import { readComplexity } from '../../programming-api/src/catalogue/complexity-content.ts';
import { DEFAULT_CACHE_DIR } from '../src/config.ts';
import { complexityOf, measureSeries } from '../src/insights/complexity/measure.ts';
import { createCodeAnalysis } from '../src/insights/lint/index.ts';
import { COMPILE_LIMITS, LANGUAGE_SPECS } from '../src/languages/languages.ts';
import { BubblewrapSandbox } from '../src/sandbox/bubblewrap/bubblewrap.driver.ts';
import type { ExecResult, Sandbox } from '../src/sandbox/sandbox.ts';

const folder = new URL('../../content/assignments/two-sum/', import.meta.url).pathname;
const SOLUTIONS: Record<Language, string> = {
  c: 'main.c',
  cpp: 'main.cpp',
  rust: 'main.rs',
  go: 'main.go',
  python: 'main.py',
  java: 'Main.java',
  javascript: 'main.js',
  typescript: 'main.ts',
};
const BRUTE_FORCE: Partial<Record<Language, string>> = {
  python: `import sys
data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
values = [int(v) for v in data[2:2 + n]]
best = None
for j in range(n):
    for i in range(j):
        if values[i] + values[j] == target:
            best = best or (i + 1, j + 1)
print(*(best or (-1,)))
`,
  c: `#include <stdio.h>
#include <stdlib.h>
int main(void) {
  int n; long long target;
  if (scanf("%d %lld", &n, &target) != 2) return 1;
  long long *v = malloc(sizeof(long long) * (size_t)n);
  for (int k = 0; k < n; k++) if (scanf("%lld", &v[k]) != 1) return 1;
  for (int j = 1; j < n; j++) for (int i = 0; i < j; i++) if (v[i] + v[j] == target) { printf("%d %d\\n", i + 1, j + 1); return 0; }
  puts("-1");
  return 0;
}
`,
};

const spec = await readComplexity(folder, 'two-sum');
if (!spec) throw new Error('two-sum has no complexity series');
const { inputs, expected } = spec;
const only = process.env.BENCH_LANGUAGES?.split(',').filter(Boolean);
const workDir = mkdtempSync(join(tmpdir(), 'complexity-two-sum-bench-'));
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: DEFAULT_CACHE_DIR, concurrency: 2 });
const analysis = createCodeAnalysis({ sandbox: cpuCounting(sandbox) });
let toolCpuMs = 0;

try {
  console.log(`two-sum series: sizes ${inputs.map((i) => i.n).join(', ')}; CPU seconds in the sandbox (cgroup cpuacct)`);
  console.log('language    program      detected              conf.  sizes  lint+lizard  compile  series  total  per size');
  for (const language of Object.keys(SOLUTIONS) as Language[]) {
    if (only && !only.includes(language)) continue;
    const programs: [string, string][] = [['reference', readFileSync(join(folder, 'solutions', SOLUTIONS[language]), 'utf8')]];
    const brute = BRUTE_FORCE[language];
    if (brute) programs.push(['all-pairs', brute]);
    for (const [name, code] of programs) console.log(await bench(language, name, code));
  }
} finally {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
}

async function bench(language: Language, name: string, code: string): Promise<string> {
  toolCpuMs = 0;
  await analysis.lint({ language, code });
  await analysis.functions({ language, code });
  const lintCpuMs = toolCpuMs;
  const plan = LANGUAGE_SPECS[language].plan(code);
  if ('error' in plan) return `${language} ${name}: ${plan.error}`;
  const box = await sandbox.createBox(plan.files);
  try {
    let compileCpuMs = 0;
    if (plan.compile) {
      const compiled = await box.exec({ argv: plan.compile.argv, env: plan.compile.env, toolchains: plan.compile.toolchains, limits: COMPILE_LIMITS, writableBox: true });
      if (compiled.exitCode !== 0) return `${language} ${name}: compile failed ${compiled.stderr.toString('utf8', 0, 300)}`;
      compileCpuMs = compiled.cpuMs;
    }
    const memoryMb = LANGUAGE_SPECS[language].defaultMemoryMb;
    const series = await measureSeries({ box, language, argv: plan.run(memoryMb), memoryMb, inputs, expected });
    const complexity = complexityOf(series, expected);
    const detected = complexity ? `${complexity.detected}${complexity.between ? ` [${complexity.between.join(' | ')}]` : ''}` : 'null';
    const s = (ms: number) => (ms / 1000).toFixed(2);
    return [
      language.padEnd(11),
      name.padEnd(12),
      detected.padEnd(21),
      String(complexity?.confidence ?? '-').slice(0, 5).padEnd(6),
      String(series.raw.length).padEnd(6),
      s(lintCpuMs).padEnd(12),
      s(compileCpuMs).padEnd(8),
      s(series.cpuMs).padEnd(7),
      s(lintCpuMs + compileCpuMs + series.cpuMs).padEnd(6),
      series.cpuMsPerSize.map(s).join(' '),
      series.stopped ? ` (stopped: ${series.stopped.reason} at n=${series.stopped.n})` : '',
    ].join(' ');
  } finally {
    await box.dispose();
  }
}

/** The sandbox, adding up the CPU time of every run the linters make. */
function cpuCounting(inner: Sandbox): Sandbox {
  return {
    info: () => inner.info(),
    close: () => inner.close(),
    async createBox(files, options) {
      const box = await inner.createBox(files, options);
      return {
        id: box.id,
        dispose: () => box.dispose(),
        async exec(request): Promise<ExecResult> {
          const result = await box.exec(request);
          toolCpuMs += result.cpuMs;
          return result;
        },
      };
    },
  };
}
