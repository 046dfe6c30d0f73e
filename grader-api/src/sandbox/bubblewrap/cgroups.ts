import { accessSync, chownSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './is-alive.ts';

const ROOT = '/sys/fs/cgroup';
const CONTROLLERS = ['memory', 'pids', 'cpuacct'] as const;
/** How close to its limit a slot's usage counts as at it: the kernel keeps it a few pages under. */
const AT_LIMIT_SLACK_BYTES = 2 * 1024 * 1024;
/** Polls in a row at the limit with new major faults before the slot is called out of memory. */
const THRASHING_POLLS = 2;
/**
 * Page cache a slot may still hold at its limit and be thrashing: the code the program keeps
 * faulting back in (a few hundred KiB when it is). More is cache earlier steps left, which the
 * kernel takes before the program is short of anything.
 */
const THRASHING_FILE_CACHE_BYTES = 16 * 1024 * 1024;
/** What a slot may hold from earlier steps and be reused as it is: a few pages of the same binary. */
const FRESH_GROUP_ABOVE_BYTES = 16 * 1024 * 1024;

export interface CgroupUsage {
  cpuMs: number;
  memoryBytes: number;
  oomKilled: boolean;
}

/**
 * cgroup v1 memory, pids and cpuacct controllers (what these hosts offer: v2 lacks the memory
 * and pids controllers here). One cgroup per concurrency slot, reused run after run: resetting
 * counters costs a few writes, where mkdir/rmdir per run costs ~2.4 ms and can hit EBUSY.
 */
type ControllerPaths = Record<(typeof CONTROLLERS)[number], string>;

export class CgroupSlot {
  readonly #paths: ControllerPaths;
  readonly #joinerUid: number;
  #oomKillsBefore = 0;
  #baselineBytes = 0;
  #fileCacheBytes = 0;
  #limitBytes = 0;
  #majorFaults = 0;
  #pollsAtLimit = 0;

  /** @param joinerUid the uid allowed to move itself into this slot (the sandbox wrapper's). */
  constructor(parent: string, slot: number, joinerUid: number) {
    this.#paths = Object.fromEntries(CONTROLLERS.map((c) => [c, join(ROOT, c, parent, `slot-${slot}`)])) as ControllerPaths;
    this.#joinerUid = joinerUid;
    for (const path of Object.values(this.#paths)) this.#makeGroup(path);
  }

  #makeGroup(path: string): void {
    mkdirSync(path, { recursive: true });
    // Only cgroup.procs: the limits stay root's to set. cgroupfs is never mounted in a sandbox.
    chownSync(join(path, 'cgroup.procs'), this.#joinerUid, this.#joinerUid);
  }

  /** The files a process writes its pid to, to join every controller of this slot. */
  get procsFiles(): string[] {
    return Object.values(this.#paths).map((path) => join(path, 'cgroup.procs'));
  }

  prepare(limits: { memoryBytes: number; processes: number }): void {
    const memory = this.#paths.memory;
    this.killAll();
    // What earlier steps left charged here (the page cache of a compiler or of the runtime's own
    // binary, files a compile left on the boxes' tmpfs) is not the program's room: past a few
    // pages the slot starts over in a fresh group, and the old one keeps those charges. Dropping
    // them instead (memory.force_empty) evicted the JVM or Node from the host, so every test read
    // 70-95 MB from disk again, and under disk load such a read outlasted the wall limit.
    if (Number(readFileSync(join(memory, 'memory.usage_in_bytes'), 'utf8')) > FRESH_GROUP_ABOVE_BYTES) this.#renewMemoryGroup();
    this.#limitMemory(limits.memoryBytes);
    writeFileSync(join(memory, 'memory.max_usage_in_bytes'), '0');
    this.#baselineBytes = Number(readFileSync(join(memory, 'memory.usage_in_bytes'), 'utf8'));
    const stat = this.#memoryStat();
    this.#fileCacheBytes = fileCache(stat);
    this.#majorFaults = stat.pgmajfault ?? 0;
    // Killed runs' processes are reparented to the host's init, which may take a while to reap
    // them, and until then they count against pids.max: the limit is on top of those.
    const unreaped = Number(readFileSync(join(this.#paths.pids, 'pids.current'), 'utf8'));
    writeFileSync(join(this.#paths.pids, 'pids.max'), String(limits.processes + unreaped));
    writeFileSync(join(this.#paths.cpuacct, 'cpuacct.usage'), '0');
    this.#oomKillsBefore = this.#oomKills();
    this.#limitBytes = limits.memoryBytes;
    this.#pollsAtLimit = 0;
  }

  /** A lower limit than the slot holds and the kernel cannot reclaim is refused with EBUSY. */
  #limitMemory(bytes: number): void {
    try {
      this.#writeMemoryLimits(bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EBUSY') throw error;
      this.#renewMemoryGroup();
      this.#writeMemoryLimits(bytes);
    }
  }

  /**
   * What the retired group held stays where it is, charged to it: page cache until the kernel
   * reclaims it under pressure, tmpfs files until their box goes; then the kernel frees the group.
   */
  #renewMemoryGroup(): void {
    removeGroup(this.#paths.memory);
    this.#makeGroup(this.#paths.memory);
  }

  #writeMemoryLimits(bytes: number): void {
    const memory = this.#paths.memory;
    const limit = join(memory, 'memory.limit_in_bytes');
    const memsw = join(memory, 'memory.memsw.limit_in_bytes');
    const writes = [limit, ...(existsSync(memsw) ? [memsw] : [])];
    // memsw must stay >= the plain limit, so order the writes to never cross it.
    if (bytes > Number(readFileSync(limit, 'utf8'))) writes.reverse();
    for (const file of writes) writeFileSync(file, String(bytes));
  }

  /**
   * Whether the program is out of memory in all but name. At its limit the kernel does not kill it
   * while it can evict something, and what it evicts is the program's own code (an interpreter's
   * binary, mapped from the page cache), which the program faults straight back in: usage stays
   * pinned at the limit, major faults climb, and the CPU or wall limit ends it, as a time verdict.
   * Called once per poll.
   */
  isThrashing(): boolean {
    const usage = Number(readFileSync(join(this.#paths.memory, 'memory.usage_in_bytes'), 'utf8'));
    const stat = usage < this.#limitBytes - AT_LIMIT_SLACK_BYTES ? undefined : this.#memoryStat();
    if (!stat || fileCache(stat) > THRASHING_FILE_CACHE_BYTES) {
      this.#pollsAtLimit = 0;
      return false;
    }
    const faults = stat.pgmajfault ?? 0;
    if (faults > this.#majorFaults) this.#pollsAtLimit++;
    this.#majorFaults = faults;
    return this.#pollsAtLimit >= THRASHING_POLLS;
  }

  cpuMs(): number {
    return Number(readFileSync(join(this.#paths.cpuacct, 'cpuacct.usage'), 'utf8')) / 1e6;
  }

  /**
   * The peak the slot's usage rose to above its baseline, less the files the program read into the
   * page cache meanwhile (the runtime's code on its first run in this slot): its own memory, the
   * same on every test. Files it wrote to its tmpfs are shmem, and counted.
   */
  usage(): CgroupUsage {
    const peak = Number(readFileSync(join(this.#paths.memory, 'memory.max_usage_in_bytes'), 'utf8')) - this.#baselineBytes;
    const filesRead = Math.max(0, fileCache(this.#memoryStat()) - this.#fileCacheBytes);
    return {
      cpuMs: this.cpuMs(),
      memoryBytes: Math.max(0, peak - filesRead),
      oomKilled: this.#oomKills() > this.#oomKillsBefore,
    };
  }

  /**
   * Kills until no process is left in the slot, within `timeoutMs`: a fork bomb may fork between
   * the read and the kills.
   */
  async empty(timeoutMs = 1000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.killAll() > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
  }

  /** Kills anything still in the slot (a run's leftovers never outlive it); how many it found. */
  killAll(): number {
    const pids = readFileSync(join(this.#paths.pids, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean);
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // exited meanwhile
      }
    }
    return pids.length;
  }

  remove(): void {
    this.killAll();
    for (const path of Object.values(this.#paths)) removeGroup(path);
  }

  #memoryStat(): Record<string, number> {
    const lines = readFileSync(join(this.#paths.memory, 'memory.stat'), 'utf8').split('\n');
    return Object.fromEntries(lines.filter(Boolean).map((line) => {
      const [key = '', value = '0'] = line.split(' ');
      return [key, Number(value)];
    }));
  }

  #oomKills(): number {
    const match = /oom_kill (\d+)/.exec(readFileSync(join(this.#paths.memory, 'memory.oom_control'), 'utf8'));
    return match ? Number(match[1]) : 0;
  }
}

function removeGroup(path: string): void {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      rmdirSync(path);
      return;
    } catch (error) {
      // rmdir can fail with EBUSY for a moment after the last process exits.
      if ((error as NodeJS.ErrnoException).code !== 'EBUSY' || attempt === 19) return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** Page cache of files, as opposed to tmpfs (shmem), which a program's own writes fill. */
function fileCache(stat: Record<string, number>): number {
  return (stat.cache ?? 0) - (stat.shmem ?? 0);
}

/** cgroup v1 with the three controllers, writable by us (root), or nothing. */
export function cgroupsAvailable(): boolean {
  try {
    for (const controller of CONTROLLERS) accessSync(join(ROOT, controller), constants.W_OK);
    return process.getuid?.() === 0;
  } catch {
    return false;
  }
}

/**
 * Removes the cgroups of graders that died without cleaning up (SIGKILL, OOM): each grader
 * names its parent groups after its pid (`<prefix><pid>` or `<prefix><pid>-<n>`), so a group whose pid is gone and holds no process
 * belongs to nobody.
 */
export function removeOrphanedCgroups(prefix: string): number {
  let removed = 0;
  for (const controller of CONTROLLERS) {
    const root = join(ROOT, controller);
    for (const name of readdirSync(root).filter((entry) => entry.startsWith(prefix))) {
      const pid = Number(name.slice(prefix.length).split('-')[0]);
      if (!Number.isInteger(pid) || isAlive(pid)) continue;
      const group = join(root, name);
      try {
        for (const slot of readdirSync(group, { withFileTypes: true }).filter((entry) => entry.isDirectory())) rmdirSync(join(group, slot.name));
        rmdirSync(group);
        removed++;
      } catch {
        // still holds a process (a sandbox outliving its grader): left for a later start
      }
    }
  }
  return removed;
}
