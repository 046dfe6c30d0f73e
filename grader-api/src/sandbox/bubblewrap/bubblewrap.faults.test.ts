import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_CACHE_DIR } from '../../config.ts';
import type { Limits } from '../sandbox.ts';
import { BubblewrapSandbox } from './bubblewrap.driver.ts';
import { cgroupsAvailable } from './cgroups.ts';

const workDir = mkdtempSync(join(tmpdir(), 'grader-faults-'));
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: DEFAULT_CACHE_DIR, concurrency: 1 });
after(async () => {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

const LIMITS: Limits = { cpuMs: 1000, wallMs: 5000, memoryBytes: 64 * 1024 * 1024, processes: 32, outputBytes: 4096, fileBytes: 4096 };

describe('a sandbox that cannot start the program', () => {
  it('is a SandboxFault, not a result, when bwrap cannot even fork (one process allowed)', { skip: !cgroupsAvailable() && 'needs the pids cgroup' }, async () => {
    const box = await sandbox.createBox({ 'main.py': 'print("never")\n' });
    try {
      await assert.rejects(box.exec({ argv: ['/usr/bin/python3', 'main.py'], limits: { ...LIMITS, processes: 1 }, writableBox: false }), { name: 'SandboxFault', message: /did not start the program/ });
      const next = await box.exec({ argv: ['/usr/bin/python3', 'main.py'], limits: LIMITS, writableBox: false });
      assert.equal(next.stdout.toString(), 'never\n', 'the next run of the same box is fine');
    } finally {
      await box.dispose();
    }
  });

  it('is a result when the program itself cannot be executed: its exit status, from the launcher', async () => {
    const box = await sandbox.createBox({ 'main.py': '' });
    try {
      const result = await box.exec({ argv: ['./no-such-program'], limits: LIMITS, writableBox: false });
      assert.equal(result.exitCode, 127);
      assert.match(result.stderr.toString(), /not found/);
    } finally {
      await box.dispose();
    }
  });
});

describe('a run killed with many processes left (its processes reaped late by the host)', () => {
  it('leaves the next runs in the same slot able to start, every time', { skip: !cgroupsAvailable() && 'needs the pids cgroup' }, async () => {
    const box = await sandbox.createBox({ 'main.py': 'import os, sys, time\nif sys.argv[1:] == ["fork"]:\n    for _ in range(28):\n        if os.fork() == 0:\n            time.sleep(60)\n    time.sleep(60)\nprint("fine")\n' });
    try {
      for (let round = 0; round < 3; round++) {
        const killed = await box.exec({ argv: ['/usr/bin/python3', 'main.py', 'fork'], limits: { ...LIMITS, wallMs: 800 }, writableBox: false });
        assert.equal(killed.limitHit, 'wall');
        for (let i = 0; i < 3; i++) {
          const next = await box.exec({ argv: ['/usr/bin/python3', 'main.py'], limits: LIMITS, writableBox: false });
          assert.equal(next.stdout.toString(), 'fine\n');
        }
      }
    } finally {
      await box.dispose();
    }
  });
});

describe('box file names', () => {
  it('take any single path component a language may need ($, Unicode, spaces)', async () => {
    const box = await sandbox.createBox({ '$Main.java': 'x', 'Mainé.java': 'y', 'a b.txt': 'z' });
    await box.dispose();
  });

  for (const name of ['../escape', 'dir/file', '.hidden', '', 'a'.repeat(101), 'nul\0byte']) {
    it(`refuse ${JSON.stringify(name.length > 20 ? `${name.slice(0, 8)}…` : name)} before anything is written`, async () => {
      await assert.rejects(sandbox.createBox({ [name]: 'x' }), { name: 'SandboxFault' });
    });
  }
});
