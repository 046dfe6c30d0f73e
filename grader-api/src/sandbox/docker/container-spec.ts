import type Dockerode from 'dockerode';
import { SandboxFault, type ExecRequest, type Limits } from '../sandbox.ts';
import { WRAPPER } from './step-scripts.ts';
import { seccompProfile } from './seccomp-profile.ts';

export const BOX = '/box';
/** Owns the box: unpacks the files, runs the compilers (writable steps). */
export const OWNER_UID = 10001;
/** Runs the program under test: the box is 0755 and owned by OWNER_UID, so this uid can only read it. */
export const PROGRAM_UID = 10002;

export const LABELS = { box: 'eduscale.grader.box', sandbox: 'eduscale.grader.sandbox' } as const;

const MiB = 1024 * 1024;

/** What the harness itself runs in a box beside the program (init, wrapper, monitor, time, timeout). */
const HARNESS = { memoryBytes: 16 * MiB, processes: 8 };

/** Hard rlimits of the box: ceilings the wrapper lowers per step and never raises. */
const CEILINGS = { cpuSeconds: 300, fileBytes: 1024 * MiB, stackBytes: 256 * MiB };

const BASE_ENV: Record<string, string> = {
  PATH: '/usr/local/go/bin:/opt/node/bin:/usr/bin:/bin',
  HOME: '/tmp',
  TMPDIR: '/tmp',
  LANG: 'C.UTF-8',
};

// PID 1 of the box. A shell, not `sleep`: orphans are reparented to PID 1 and only a waiting
// shell reaps them (zombies would keep counting against the pids limit). The kernel shields
// PID 1 from the box's own `kill -9 -1`; the sleep it waits on may die and is restarted.
const IDLE = 'while :; do sleep infinity & wait; done';

export interface BoxSpecOptions {
  image: string;
  boxId: string;
  sandboxId: string;
  /** CPUs the box may use at once (CPU time is limited per step; this caps the rate). */
  cpus?: number;
  boxBytes?: number;
  tmpBytes?: number;
  goCacheBytes?: number;
}

/** Memory and pids of the box's cgroup, set at creation and updated before each step. */
export function boxResources(limits: Pick<Limits, 'memoryBytes' | 'processes'>) {
  const memory = limits.memoryBytes + HARNESS.memoryBytes;
  // MemorySwap equal to Memory: no swap, so the limit is a limit and not a slowdown.
  return { Memory: memory, MemorySwap: memory, PidsLimit: limits.processes + HARNESS.processes };
}

/** The container for one box: no network, read-only image, tmpfs work dirs, no privileges. */
export function containerSpec(options: BoxSpecOptions): Dockerode.ContainerCreateOptions {
  const { cpus = 1, boxBytes = 128 * MiB, tmpBytes = 64 * MiB, goCacheBytes = 256 * MiB } = options;
  const hostConfig: Dockerode.HostConfig & { CgroupnsMode: 'private' } = {
    NetworkMode: 'none',
    ReadonlyRootfs: true,
    // Docker mounts tmpfs noexec unless told otherwise; compiled programs run from /box.
    Tmpfs: {
      [BOX]: `rw,exec,nosuid,nodev,size=${boxBytes},nr_inodes=16384,uid=${OWNER_UID},gid=${OWNER_UID},mode=0755`,
      '/tmp': `rw,exec,nosuid,nodev,size=${tmpBytes},nr_inodes=16384,mode=1777`,
      '/gocache': `rw,noexec,nosuid,nodev,size=${goCacheBytes},uid=${OWNER_UID},gid=${OWNER_UID},mode=0700`,
    },
    ...boxResources({ memoryBytes: 256 * MiB, processes: 32 }),
    NanoCpus: Math.round(cpus * 1e9),
    CapDrop: ['ALL'],
    CapAdd: [],
    SecurityOpt: ['no-new-privileges', `seccomp=${seccompProfile()}`],
    Privileged: false,
    // No nproc: RLIMIT_NPROC counts a uid across the whole host, the pids cgroup counts this box.
    Ulimits: [
      { Name: 'core', Soft: 0, Hard: 0 },
      { Name: 'nofile', Soft: 256, Hard: 256 },
      { Name: 'fsize', Soft: CEILINGS.fileBytes, Hard: CEILINGS.fileBytes },
      { Name: 'cpu', Soft: CEILINGS.cpuSeconds, Hard: CEILINGS.cpuSeconds },
      { Name: 'stack', Soft: 8 * MiB, Hard: CEILINGS.stackBytes },
    ],
    IpcMode: 'private',
    ShmSize: 16 * MiB,
    // The monitor reads the box's own CPU counter at /sys/fs/cgroup: never the host's.
    CgroupnsMode: 'private',
    // The host's OOM killer, if it ever runs, takes a submission before anything else.
    OomScoreAdj: 1000,
    AutoRemove: false,
    RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
    LogConfig: { Type: 'none', Config: {} },
  };
  return {
    name: `eduscale-box-${options.boxId}`,
    Image: options.image,
    Hostname: 'box',
    User: `${OWNER_UID}:${OWNER_UID}`,
    WorkingDir: BOX,
    Entrypoint: ['/bin/sh', '-c'],
    Cmd: [IDLE],
    Env: [],
    NetworkDisabled: true,
    Labels: { [LABELS.box]: options.boxId, [LABELS.sandbox]: options.sandboxId },
    HostConfig: hostConfig,
  };
}

/** The exec of one step: WRAPPER, then `env -i` with only our variables, then the argv. */
export function stepExec(request: ExecRequest, rusageFile: string): Dockerode.ExecCreateOptions {
  const { limits, argv } = request;
  // env(1) would take a first word holding '=' for one more variable.
  if (argv[0] === undefined || argv[0].includes('=')) throw new SandboxFault(`refusing argv ${JSON.stringify(argv)}`);
  const env = Object.entries({ ...BASE_ENV, ...request.env }).map(([name, value]) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new SandboxFault(`refusing environment variable ${JSON.stringify(name)}`);
    return `${name}=${value}`;
  });
  const cpuSeconds = Math.min(Math.ceil(limits.cpuMs / 1000), CEILINGS.cpuSeconds);
  const fileKb = Math.ceil(Math.min(limits.fileBytes, CEILINGS.fileBytes) / 1024);
  const stackKb = Math.floor(Math.min(limits.memoryBytes, CEILINGS.stackBytes) / 1024);
  const wrapper = [String(Math.round(limits.cpuMs * 1000)), String(cpuSeconds), String(fileKb), String(stackKb), (limits.wallMs / 1000).toFixed(3), rusageFile];
  return execOptions(request.writableBox ? OWNER_UID : PROGRAM_UID, ['/bin/bash', '-c', WRAPPER, 'step', ...wrapper, '/usr/bin/env', '-i', '--', ...env, ...argv]);
}

/** A harness script run with sh as `uid` (see CONTROL). */
export function controlExec(script: string, uid: number, args: string[] = []): Dockerode.ExecCreateOptions {
  return execOptions(uid, ['/bin/sh', '-c', script, 'control', ...args]);
}

function execOptions(uid: number, cmd: string[]): Dockerode.ExecCreateOptions {
  return {
    Cmd: cmd,
    User: `${uid}:${uid}`,
    WorkingDir: BOX,
    Env: [],
    Privileged: false,
    Tty: false,
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
  };
}
