import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CgroupSlot, cgroupsAvailable, removeOrphanedCgroups } from './cgroups.ts';

const MiB = 1024 * 1024;
const noCgroups = !cgroupsAvailable() && 'cgroup v1 is not writable here';

describe('a slot between steps', { skip: noCgroups }, () => {
  const parent = `eduscale-cgroup-test-${process.pid}-steps`;
  const slot = noCgroups ? undefined : new CgroupSlot(parent, 0, process.getuid?.() ?? 0);
  const dir = mkdtempSync(join(tmpdir(), 'cgroup-steps-'));
  after(() => {
    slot?.remove();
    for (const controller of ['memory', 'pids', 'cpuacct']) removeDir(`/sys/fs/cgroup/${controller}/${parent}`);
    rmSync(dir, { recursive: true, force: true });
  });
  const limits = { memoryBytes: 256 * MiB, processes: 16 };
  /** Runs a shell script as a process of the slot, as a sandboxed step is. */
  const step = (script: string, stepLimits = limits) => {
    slot!.prepare(stepLimits);
    const joined = spawnSync('/bin/sh', ['-c', `for f in "$@"; do echo $$ > "$f"; done; ${script}`, 'step', ...slot!.procsFiles], { cwd: dir });
    assert.equal(joined.status, 0, joined.stderr.toString());
    return slot!.usage();
  };
  /** How much of a file is in the host's page cache (util-linux's fincore). */
  const residentBytes = (file: string) => Number(execFileSync('fincore', ['--bytes', '--noheadings', '--output', 'RES', file], { encoding: 'utf8' }).trim());
  const cachedBytes = () => Number(/^cache (\d+)$/m.exec(readFileSync(`/sys/fs/cgroup/memory/${parent}/slot-0/memory.stat`, 'utf8'))?.[1]);

  it('keeps the page cache an earlier step left (a runtime read again from disk on every test is slow, and stalls under disk load)', () => {
    step('head -c 48M /dev/zero > runtime.bin');
    const before = cachedBytes();
    assert.ok(before >= 48 * MiB, `the step left ${before} bytes of cache, charged to the slot`);
    slot!.prepare(limits);
    assert.ok(residentBytes(join(dir, 'runtime.bin')) >= 48 * MiB, `${residentBytes(join(dir, 'runtime.bin'))} bytes of the file are in the host's page cache for the next step`);
  });

  it('takes a limit lower than what an earlier step left that the kernel cannot reclaim (files on a tmpfs)', () => {
    const onTmpfs = `/dev/shm/eduscale-cgroup-test-${process.pid}`;
    try {
      step(`head -c 48M /dev/zero > ${onTmpfs}`);
      const own = step("python3 -c \"b = b'x' * (16 << 20)\"", { memoryBytes: 32 * MiB, processes: 16 });
      assert.ok(own.memoryBytes >= 16 * MiB && !own.oomKilled, `a 16 MiB program under a 32 MiB limit: ${JSON.stringify(own)}`);
    } finally {
      rmSync(onTmpfs, { force: true });
    }
  });

  it('gives a program its whole limit beside what an earlier step left that the kernel cannot reclaim', () => {
    const onTmpfs = `/dev/shm/eduscale-cgroup-test-${process.pid}-held`;
    const tight = { memoryBytes: 64 * MiB, processes: 16 };
    try {
      step(`head -c 48M /dev/zero > ${onTmpfs}`, tight);
      const own = step("python3 -c \"b = b'x' * (32 << 20)\"", tight);
      assert.ok(own.memoryBytes >= 32 * MiB && !own.oomKilled, `a 32 MiB program under a 64 MiB limit, 48 MiB held: ${JSON.stringify(own)}`);
    } finally {
      rmSync(onTmpfs, { force: true });
    }
  });

  it("measures a program's own memory, not the files it read or wrote", () => {
    const files = step('head -c 32M /dev/zero > output.bin && cat output.bin > /dev/null');
    assert.ok(files.memoryBytes < 8 * MiB, `writing and reading a 32 MiB file measured ${files.memoryBytes} bytes`);
    const own = step("python3 -c \"b = b'x' * (48 << 20)\"");
    assert.ok(own.memoryBytes >= 48 * MiB && own.memoryBytes < 72 * MiB, `48 MiB of its own measured ${own.memoryBytes} bytes`);
  });
});

describe('orphaned cgroups', { skip: noCgroups }, () => {
  it("removes the groups of graders that are gone, and leaves live graders' groups", () => {
    const prefix = 'eduscale-cgroup-test-';
    // A pid far above pid_max's default is never alive.
    const dead = ['memory', 'pids', 'cpuacct'].map((c) => `/sys/fs/cgroup/${c}/${prefix}4999999`);
    const live = ['memory', 'pids', 'cpuacct'].map((c) => `/sys/fs/cgroup/${c}/${prefix}${process.pid}`);
    for (const group of [...dead, ...live]) mkdirSync(`${group}/slot-0`, { recursive: true });
    try {
      assert.equal(removeOrphanedCgroups(prefix), 3);
      assert.ok(dead.every((group) => !existsSync(group)));
      assert.ok(live.every((group) => existsSync(`${group}/slot-0`)));
    } finally {
      removeOrphanedCgroups(prefix);
      for (const group of live) {
        for (const path of [`${group}/slot-0`, group]) if (existsSync(path)) removeDir(path);
      }
    }
  });
});

function removeDir(path: string): void {
  try {
    rmdirSync(path);
  } catch {
    // already gone
  }
}
