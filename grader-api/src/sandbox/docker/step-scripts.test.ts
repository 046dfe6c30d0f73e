import assert from 'node:assert/strict';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { READY, WRAPPER } from './step-scripts.ts';

/**
 * The wrapper run by this machine's bash, GNU time and timeout, as PID 1 of a fresh pid namespace:
 * its `kill -9 -1` must never reach the machine's own processes. The CPU monitor is not exercised
 * here (it reads the container's cgroup, which on a host is the whole machine's).
 */
const UNSHARE = [...(process.getuid?.() === 0 ? [] : ['--user', '--map-root-user']), '--pid', '--fork', '--mount-proc'];

function unavailable(): string | false {
  for (const tool of ['/bin/bash', '/usr/bin/time', '/usr/bin/timeout', '/usr/bin/python3']) if (!existsSync(tool)) return `${tool} is not installed`;
  if (!['/sys/fs/cgroup/cpu.stat', '/sys/fs/cgroup/cpuacct/cpuacct.usage'].some(readable)) return 'no readable cgroup CPU counter';
  const probe = spawnSync('unshare', [...UNSHARE, '/bin/sh', '-c', 'test $$ = 1'], { timeout: 5000 });
  return probe.status === 0 ? false : 'cannot start a pid namespace (unshare) to confine kill -9 -1';
}

function readable(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'grader-wrapper-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function step(argv: string[], options: { stdin?: string; wallMs?: number; fileKb?: number } = {}) {
  const report = join(dir, `rusage-${Math.random().toString(36).slice(2)}`);
  const limits = ['3600000000', '3600', String(options.fileKb ?? 65536), '65536', ((options.wallMs ?? 10_000) / 1000).toFixed(3), report];
  const started = performance.now();
  const child = spawnSync('unshare', [...UNSHARE, '/bin/bash', '-c', WRAPPER, 'step', ...limits, '/usr/bin/env', '-i', '--', 'PATH=/usr/bin:/bin', ...argv], {
    input: options.stdin ?? '',
    timeout: 20_000,
  });
  return {
    status: child.status,
    stdout: child.stdout.toString(),
    stderr: child.stderr.toString(),
    elapsedMs: performance.now() - started,
    report: existsSync(report) ? readFileSync(report, 'utf8') : '',
  };
}

describe('the step wrapper', { skip: unavailable() }, () => {
  it('says it is ready on stderr before the program writes anything, and passes stdin through', () => {
    const result = step(['/bin/sh', '-c', 'cat; echo oops >&2'], { stdin: 'Ada\n' });
    assert.equal(result.stdout, 'Ada\n');
    const ready = READY.exec(result.stderr);
    assert.ok(ready, result.stderr);
    assert.ok(Number(ready[1]) > 0, 'with the CPU counter');
    assert.equal(result.stderr.slice(ready[0].length), 'oops\n');
    assert.equal(result.status, 0);
  });

  it('gives the program only the variables it was given', () => {
    assert.equal(step(['/usr/bin/env']).stdout, 'PATH=/usr/bin:/bin\n');
  });

  it('keeps its own descriptors from the program', () => {
    const listFds = ['/bin/sh', '-c', 'ls /proc/$$/fd'];
    const without = spawnSync(listFds[0]!, listFds.slice(1), { input: '' }).stdout.toString();
    assert.equal(step(listFds).stdout, without, 'the program has the descriptors it would have had without the wrapper');
  });

  it('exits with the program’s status, or 128 + the signal that killed it', () => {
    assert.equal(step(['/bin/sh', '-c', 'exit 3']).status, 3);
    assert.equal(step(['/bin/sh', '-c', 'kill -SEGV $$']).status, 128 + 11);
  });

  it('kills a sleeping program at the wall-clock limit, with what it started in another session', () => {
    const result = step(['/bin/sh', '-c', 'setsid sleep 30 & sleep 30'], { wallMs: 300 });
    assert.ok(result.status === 128 + 9 || result.status === 124, `status ${result.status}`);
    assert.ok(result.elapsedMs < 3000, `took ${Math.round(result.elapsedMs)} ms`);
  });

  it('stops a program writing a file larger than its limit with SIGXFSZ', () => {
    const result = step(['/bin/sh', '-c', `head -c 2000000 /dev/zero > ${join(dir, 'big')}`], { fileKb: 1024 });
    assert.equal(result.status, 128 + 25);
  });

  it('has GNU time report the program’s peak resident set in KiB', () => {
    const result = step(['/usr/bin/python3', '-c', 'x = bytearray(64 * 1024 * 1024); x[::4096] = b"1" * len(x[::4096])']);
    assert.equal(result.status, 0, result.stderr);
    const kib = Number(result.report.trim().split('\n').at(-1));
    assert.ok(kib > 64 * 1024 && kib < 256 * 1024, `reported ${kib} KiB`);
  });
});
