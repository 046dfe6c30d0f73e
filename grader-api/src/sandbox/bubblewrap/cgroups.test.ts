import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cgroupsAvailable, removeOrphanedCgroups } from './cgroups.ts';

describe('orphaned cgroups', { skip: !cgroupsAvailable() && 'cgroup v1 is not writable here' }, () => {
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
