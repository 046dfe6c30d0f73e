/**
 * `npm run bench:page-cache` (root): what grading reads from disk when the sandbox's slot is the
 * first to touch a runtime. The host's page cache is dropped first, so the JVM and Node are read
 * by the slot's own steps and charged to its cgroup, as on a grader that just started. Grades a
 * hello world with five tests twice per language and prints the megabytes read from the root
 * disk and the median wall time of a test.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '@eduscale/contracts';
import { DEFAULT_CACHE_DIR } from '../src/config.ts';
import { createExecutionService } from '../src/execution/execution.service.ts';
import { BubblewrapSandbox } from '../src/sandbox/bubblewrap/bubblewrap.driver.ts';
import { HELLO } from './hello-programs.ts';
import { percentile } from './stats.ts';

const LANGUAGES: Language[] = ['javascript', 'typescript', 'java', 'python'];
const TESTS = Array.from({ length: 5 }, (_, i) => ({ name: `test ${i + 1}`, input: `n${i}\n`, expected: `hello, n${i}\n`, visible: true }));

if (process.getuid?.() !== 0) throw new Error('run as root: it drops the page cache and needs the cgroup slots');

/** Sectors read from the disk that holds `/`, from /proc/diskstats. */
function sectorsRead(): number {
  const device = statSync('/').dev;
  const [major, minor] = [Math.floor(device / 256) & 0xfff, (device & 0xff) | ((device >> 12) & 0xfff00)];
  const line = readFileSync('/proc/diskstats', 'utf8').split('\n').map((l) => l.trim().split(/\s+/)).find((f) => Number(f[0]) === major && Number(f[1]) === minor);
  if (!line) throw new Error(`no /proc/diskstats line for ${major}:${minor}`);
  return Number(line[5]);
}

const workDir = mkdtempSync(join(tmpdir(), 'bench-page-cache-'));
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: DEFAULT_CACHE_DIR, concurrency: 1 });
const walls: number[] = [];
const execution = createExecutionService({ sandbox, onExec: (result, step) => step === 'run' && walls.push(result.wallMs) });
writeFileSync('/proc/sys/vm/drop_caches', '3');
console.log('language     grade  MB read   test wall p50 (ms)');
for (const language of LANGUAGES) {
  for (const grade of [1, 2]) {
    walls.length = 0;
    const before = sectorsRead();
    const outcome = await execution.grade({ language, code: HELLO[language], tests: TESTS, checker: { kind: 'exact' }, limits: { timeMs: 2000, memoryMb: 256 } });
    if (outcome.verdict !== 'accepted') throw new Error(`${language}: ${outcome.verdict} ${outcome.compileOutput ?? ''}`);
    const megabytes = ((sectorsRead() - before) * 512) / 1e6;
    console.log(`${language.padEnd(12)} ${String(grade).padStart(5)} ${megabytes.toFixed(1).padStart(8)} ${percentile(walls, 50).toFixed(1).padStart(12)}`);
  }
}
await sandbox.close();
rmSync(workDir, { recursive: true, force: true });
