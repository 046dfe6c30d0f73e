import type { Verdict } from '@eduscale/contracts';
import type { ExecResult } from '../sandbox/sandbox.ts';

// Runtimes that catch their own out-of-memory and die with a message instead of the OOM killer.
const OUT_OF_MEMORY = /java\.lang\.OutOfMemoryError|JavaScript heap out of memory|fatal error: runtime: out of memory|^MemoryError|memory allocation of \d+ bytes failed|std::bad_alloc/m;

/** The verdict a finished execution earns before its output is checked; undefined = check the output. */
export function executionVerdict(result: ExecResult): Verdict | undefined {
  switch (result.limitHit) {
    case 'output':
    case 'file':
      return 'output_limit_exceeded';
    case 'memory':
      return 'memory_limit_exceeded';
    case 'cpu':
    case 'wall':
      return 'time_limit_exceeded';
  }
  if (result.exitCode === 0 && result.signal === null) return undefined;
  if (OUT_OF_MEMORY.test(result.stderr.toString('utf8', 0, 16 * 1024))) return 'memory_limit_exceeded';
  return 'runtime_error';
}

/** The overall verdict: the first test's verdict that is not accepted, in test order. */
export function overallVerdict(verdicts: Verdict[]): Verdict {
  return verdicts.find((v) => v !== 'accepted') ?? 'accepted';
}
