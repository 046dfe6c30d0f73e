import type { Language } from '@eduscale/contracts';

/**
 * Instruction counts with valgrind's cachegrind, the cheapest tool that counts every guest
 * instruction exactly (`I refs`): with the cache and branch simulations off it is ~15× native
 * time, callgrind ~27× (it also keeps a call graph), lackey and exp-bbv slower still; and it
 * needs nothing the sandbox's seccomp filter refuses (no ptrace, no perf events).
 */
export const VALGRIND = '/usr/bin/valgrind';

/**
 * The program's argv under cachegrind. Its report goes to descriptor 3, the sandbox's stderr,
 * while the program's own stdout and stderr go to /dev/null: the program cannot interleave a
 * forged report with the real one on the channel we read (valgrind keeps its log descriptor
 * out of the program's reach). No output file: the box is read-only while programs run.
 */
export function countedArgv(language: Language, run: readonly string[]): string[] {
  return [
    '/usr/bin/sh', '-c', 'exec "$@" 3>&2 >/dev/null 2>&1', 'count',
    VALGRIND, '--tool=cachegrind', '--cache-sim=no', '--branch-sim=no', '--cachegrind-out-file=/dev/null', '--log-fd=3',
    // Start-up cost, the count unchanged: without chasing branches into one superblock valgrind
    // translates a quarter faster (most of a Python start-up is translating CPython); small
    // caches named outright spare it setting up one for this host's 320 MiB L3 (unsimulated).
    '--vex-guest-chase=no', '--I1=32768,8,64', '--D1=32768,8,64', '--LL=65536,2,64',
    ...(language === 'python' ? seededPython(run) : run),
  ];
}

/**
 * Isolated mode (-I) ignores PYTHONHASHSEED, so every run hashes differently and its count moves
 * by up to 0.2 %, more than a small size's own work. Counted, Python runs -I's parts but -E
 * (-P -s) with the seed fixed: the sandbox's environment holds nothing else of Python's.
 */
function seededPython(run: readonly string[]): string[] {
  return run.flatMap((arg) => (arg === '-I' ? ['-P', '-s'] : [arg]));
}

export function countedEnv(language: Language): Record<string, string> | undefined {
  return language === 'python' ? { PYTHONHASHSEED: '0' } : undefined;
}

const I_REFS = /^==\d+== I\s+refs:\s+([\d,]+)\s*$/gm;

/** The instruction count in cachegrind's report, or undefined when it wrote none (it could not run the program). */
export function parseInstructionCount(report: string): number | undefined {
  const counts = [...report.matchAll(I_REFS)].map((m) => Number(m[1]?.replaceAll(',', '')));
  return counts.length === 1 && Number.isSafeInteger(counts[0]) ? counts[0] : undefined;
}
