import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExecRequest, Limits } from '../sandbox.ts';
import { boxResources, containerSpec, controlExec, LABELS, OWNER_UID, PROGRAM_UID, stepExec } from './container-spec.ts';
import { WRAPPER } from './step-scripts.ts';

const MiB = 1024 * 1024;
const LIMITS: Limits = { cpuMs: 1500, wallMs: 3000, memoryBytes: 256 * MiB, processes: 32, outputBytes: 64 * 1024, fileBytes: 16 * MiB };

/** "rw,exec,size=1" → { rw: true, exec: true, size: '1' } */
function mountOptions(options: string | undefined): Record<string, string | true> {
  assert.ok(options, 'the mount exists');
  return Object.fromEntries(options.split(',').map((option) => {
    const [name, value] = option.split('=');
    return [name!, value ?? true];
  }));
}

describe('the container of a box', () => {
  const spec = containerSpec({ image: 'eduscale/grader-image:test', boxId: 'b0x1d', sandboxId: 's4ndb0x' });
  const host = spec.HostConfig!;

  it('is made from the configured runner image', () => {
    assert.equal(spec.Image, 'eduscale/grader-image:test');
  });

  it('has no network at all', () => {
    assert.equal(spec.NetworkDisabled, true);
    assert.equal(host.NetworkMode, 'none');
  });

  it('cannot write to its image', () => {
    assert.equal(host.ReadonlyRootfs, true);
  });

  it('gets a size-capped tmpfs box owned by the box owner, executable but where setuid means nothing', () => {
    const box = mountOptions(host.Tmpfs?.['/box']);
    assert.equal(box.rw, true);
    assert.equal(box.exec, true, 'compiled programs run from the box');
    assert.equal(box.nosuid, true);
    assert.equal(box.nodev, true);
    assert.ok(Number(box.size) > 0 && Number(box.size) <= 1024 * MiB, `size=${box.size}`);
    assert.equal(box.uid, String(OWNER_UID));
    assert.equal(box.gid, String(OWNER_UID));
    assert.equal(box.mode, '0755', 'others (the program) may read, not write');
  });

  it('gets a private, size-capped /tmp that setuid means nothing in', () => {
    const tmp = mountOptions(host.Tmpfs?.['/tmp']);
    assert.equal(tmp.nosuid, true);
    assert.ok(Number(tmp.size) > 0, `size=${tmp.size}`);
  });

  it('has a memory limit and no swap beyond it', () => {
    assert.ok(host.Memory && host.Memory > 0);
    assert.equal(host.MemorySwap, host.Memory);
  });

  it('has a pids limit and a CPU rate limit', () => {
    assert.ok(host.PidsLimit && host.PidsLimit > 0 && host.PidsLimit < 1000, `PidsLimit ${host.PidsLimit}`);
    assert.ok(host.NanoCpus && host.NanoCpus > 0, `NanoCpus ${host.NanoCpus}`);
  });

  it('drops every capability and can never gain privileges', () => {
    assert.deepEqual(host.CapDrop, ['ALL']);
    assert.deepEqual(host.CapAdd ?? [], []);
    assert.ok((host.SecurityOpt as string[]).some((option) => /^no-new-privileges(:true|=true)?$/.test(option)));
    assert.equal(host.Privileged ?? false, false);
  });

  it('runs as an unprivileged user, not root', () => {
    assert.equal(spec.User, `${OWNER_UID}:${OWNER_UID}`);
    assert.doesNotMatch(spec.User ?? '', /^(0|root)(:|$)/);
  });

  it('mounts nothing of the host: no binds, volumes or Docker socket, only its three tmpfs', () => {
    assert.deepEqual(host.Binds ?? [], []);
    assert.deepEqual(host.Mounts ?? [], []);
    assert.deepEqual(Object.keys(spec.Volumes ?? {}), []);
    assert.equal(host.VolumesFrom, undefined);
    assert.deepEqual(Object.keys(host.Tmpfs ?? {}).sort(), ['/box', '/gocache', '/tmp']);
    assert.doesNotMatch(JSON.stringify(spec), /docker\.sock/);
    assert.notEqual(host.PidMode, 'host');
    assert.notEqual(host.IpcMode, 'host');
    assert.equal(host.UsernsMode ?? '', '');
  });

  it('sets hard rlimits: no core dumps, capped open files, file size and CPU time', () => {
    const ulimits = Object.fromEntries((host.Ulimits ?? []).map((u) => [u.Name, u]));
    assert.deepEqual(ulimits.core, { Name: 'core', Soft: 0, Hard: 0 });
    assert.ok(ulimits.nofile && ulimits.nofile.Hard <= 1024);
    assert.ok(ulimits.fsize && ulimits.fsize.Hard > 0);
    assert.ok(ulimits.cpu && ulimits.cpu.Hard > 0);
    assert.equal(ulimits.nproc, undefined, 'nproc would count the uid across the whole host');
  });

  it('is labelled with its box and the sandbox that made it', () => {
    assert.equal(spec.Labels?.[LABELS.box], 'b0x1d');
    assert.equal(spec.Labels?.[LABELS.sandbox], 's4ndb0x');
  });

  it('is removed by the grader, never automatically under a running step', () => {
    assert.equal(host.AutoRemove, false);
  });

  it('idles in a shell that reaps orphans, so steps run as execs', () => {
    assert.deepEqual([...(spec.Entrypoint as string[]), ...(spec.Cmd ?? [])].slice(0, 2), ['/bin/sh', '-c']);
    assert.match(spec.Cmd?.[0] ?? '', /wait/);
  });
});

describe('the exec of a step', () => {
  const request = (overrides: Partial<ExecRequest> = {}): ExecRequest => ({ argv: ['./main', '--flag'], limits: LIMITS, writableBox: false, ...overrides });

  it('runs a program as a user that can only read the box, in /box', () => {
    const exec = stepExec(request(), '/tmp/.r');
    assert.equal(exec.User, `${PROGRAM_UID}:${PROGRAM_UID}`);
    assert.notEqual(PROGRAM_UID, OWNER_UID);
    assert.equal(exec.WorkingDir, '/box');
  });

  it('runs a compiler as the box owner', () => {
    assert.equal(stepExec(request({ writableBox: true }), '/tmp/.r').User, `${OWNER_UID}:${OWNER_UID}`);
  });

  it('runs the argv last, under the wrapper and env -i with only our variables', () => {
    const cmd = stepExec(request({ env: { GOCACHE: '/gocache' } }), '/tmp/.r').Cmd ?? [];
    assert.deepEqual(cmd.slice(0, 3), ['/bin/bash', '-c', WRAPPER]);
    assert.deepEqual(cmd.slice(-2), ['./main', '--flag']);
    const env = cmd.slice(cmd.indexOf('--') + 1, -2);
    assert.deepEqual(cmd.slice(cmd.indexOf('--') - 2, cmd.indexOf('--')), ['/usr/bin/env', '-i']);
    assert.ok(env.includes('HOME=/tmp') && env.includes('GOCACHE=/gocache'), env.join(' '));
    assert.ok(env.every((entry) => /^[A-Z_]+=/.test(entry)), env.join(' '));
  });

  it('gives the wrapper the step’s limits', () => {
    const cmd = stepExec(request(), '/tmp/.r').Cmd ?? [];
    assert.deepEqual(cmd.slice(3, 10), ['step', '1500000', '2', String(16 * 1024), String(256 * 1024), '3.000', '/tmp/.r']);
  });

  it('refuses an environment variable name that is not a name', () => {
    assert.throws(() => stepExec(request({ env: { 'A B': '1' } }), '/tmp/.r'), /refusing environment variable/);
  });

  it('refuses a command that env would read as a variable', () => {
    assert.throws(() => stepExec(request({ argv: ['X=1'] }), '/tmp/.r'), /refusing argv/);
  });

  it('is never privileged and has no terminal', () => {
    for (const exec of [stepExec(request(), '/tmp/.r'), controlExec('true', OWNER_UID)]) {
      assert.equal(exec.Privileged, false);
      assert.equal(exec.Tty, false);
      assert.doesNotMatch(exec.User ?? '', /^(0|root)(:|$)/);
    }
  });
});

describe('the resources of a box during a step', () => {
  it('give the program its memory and processes, plus room for the harness, and no swap', () => {
    const resources = boxResources({ memoryBytes: 64 * MiB, processes: 32 });
    assert.ok(resources.Memory >= 64 * MiB && resources.Memory <= 96 * MiB, `Memory ${resources.Memory}`);
    assert.equal(resources.MemorySwap, resources.Memory);
    assert.ok(resources.PidsLimit >= 32 && resources.PidsLimit <= 48, `PidsLimit ${resources.PidsLimit}`);
  });
});
