import { SandboxFault, type ExecResult, type Limits, type LimitHit } from '../sandbox.ts';

/** What a CONTROL script read from the box's cgroup (and GNU time's report, after a step). */
export interface Counters {
  cpuUsec: number;
  oomKills: number;
  /** Peak resident set of the step's program, when GNU time lived to report it. */
  peakRssBytes?: number;
}

/** Parses the "== file" sections CONTROL prints: cgroup v2 files, else v1. */
export function parseCounters(output: string): Counters {
  const sections = new Map<string, string[]>();
  let lines: string[] | undefined;
  for (const line of output.split('\n')) {
    const file = /^== (.+)$/.exec(line)?.[1];
    if (file !== undefined) sections.set(file, (lines = []));
    else lines?.push(line);
  }
  const field = (file: string, name: string) => {
    const line = sections.get(file)?.find((l) => l.startsWith(`${name} `));
    return line === undefined ? undefined : Number(line.slice(name.length + 1));
  };
  const v1Cpu = sections.get('cpuacct/cpuacct.usage')?.[0];
  const cpuUsec = field('cpu.stat', 'usage_usec') ?? (v1Cpu ? Number(v1Cpu) / 1000 : undefined);
  if (cpuUsec === undefined || !Number.isFinite(cpuUsec)) throw new SandboxFault(`no CPU counter in the box's cgroup: ${output.slice(0, 300)}`);
  const oomKills = field('memory.events', 'oom_kill') ?? field('memory/memory.oom_control', 'oom_kill') ?? 0;
  const rssKb = sections.get('rusage')?.filter((l) => /^\d+$/.test(l)).at(-1);
  return { cpuUsec, oomKills, ...(rssKb ? { peakRssBytes: Number(rssKb) * 1024 } : {}) };
}

export interface StepFacts {
  limits: Limits;
  /** The wrapper's exit status (the program's, or 128 + its signal). */
  status: number;
  wallMs: number;
  before: Counters;
  after: Counters;
  /** Why the grader killed the step itself, if it did. */
  killed: 'wall' | 'output' | null;
}

/** Turns what was observed of a step into the parts of its ExecResult that need judging. */
export function judgeStep(facts: StepFacts): Pick<ExecResult, 'exitCode' | 'signal' | 'cpuMs' | 'memoryBytes' | 'limitHit'> {
  const { limits, status, wallMs, before, after } = facts;
  const cpuMs = Math.max(0, after.cpuUsec - before.cpuUsec) / 1000;
  const outOfTime = wallMs >= limits.wallMs;
  // timeout exits 124 when it outlived the program it killed at the wall-clock limit.
  const signal = status === 124 && outOfTime ? 'SIGKILL' : signalFromStatus(status);
  let limitHit: LimitHit = facts.killed;
  if (after.oomKills > before.oomKills) limitHit ??= 'memory';
  if (signal === 'SIGXFSZ') limitHit ??= 'file';
  // The box's cgroup counts the CPU time; a status naming SIGXCPU may be the program's own exit.
  if (cpuMs > limits.cpuMs) limitHit ??= 'cpu';
  if (signal === 'SIGKILL' && outOfTime) limitHit ??= 'wall';
  return {
    exitCode: status === 124 && outOfTime ? null : status,
    signal,
    cpuMs: Math.round(cpuMs * 100) / 100,
    memoryBytes: after.peakRssBytes ?? 0,
    limitHit,
  };
}

/** Shells report a child killed by signal N as exit status 128 + N. */
export function signalFromStatus(status: number): string | null {
  if (status <= 128 || status > 128 + 64) return null;
  const names: Record<number, string> = { 1: 'SIGHUP', 2: 'SIGINT', 4: 'SIGILL', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 11: 'SIGSEGV', 13: 'SIGPIPE', 15: 'SIGTERM', 24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS' };
  return names[status - 128] ?? `SIG${status - 128}`;
}
