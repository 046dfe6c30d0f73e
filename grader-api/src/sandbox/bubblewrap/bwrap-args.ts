import type { ExecRequest } from '../sandbox.ts';

/**
 * The uid sandboxed programs run as, inside and outside: one no other process on the host uses
 * (not `nobody`, which NGINX workers run as), so even a signal that escaped the pid namespace
 * would reach nothing but another sandbox.
 */
export const SANDBOX_UID = 61000;
export const BOX = '/box';
/**
 * Descriptors the grader hands bwrap, all pipes (never files, whose host paths /proc would
 * show): the seccomp program (see seccomp.ts), the status pipe the launcher writes to just
 * before the program starts, and bwrap's own arguments (so its argv, which the sandbox sees as
 * /proc/1/cmdline, is just `bwrap --args 5`).
 */
export const FD = { seccomp: 3, status: 4, args: 5 } as const;

/**
 * Runs inside the sandbox as the last step before the program: once bwrap has set everything
 * up, it writes one byte on the status pipe, closes every descriptor of ours and becomes the
 * program. Whatever happens after that byte is the program's; no byte means the sandbox failed.
 * The program cannot write to the pipe (closed before exec) nor take the byte back.
 */
const LAUNCHER = `printf . >&${FD.status} || exit 125; exec ${FD.seccomp}<&- ${FD.status}>&- ${FD.args}<&-; exec "$@"`;
const SHM_BYTES = 16 * 1024 * 1024;

export interface MountPlan {
  boxDir: string;
  passwdFile: string;
  groupFile: string;
  node: string;
  esbuild: string;
  rustSysroot?: string;
  /** Code insights' linters, read-only for every run (like node): ruff and lizard, oxlint. */
  pythonTools?: string;
  oxlint?: string;
  goCacheDir: string;
  tmpBytes: number;
}

const BASE_ENV: Record<string, string> = {
  PATH: '/usr/local/go/bin:/opt/node/bin:/usr/bin:/bin',
  HOME: '/tmp',
  TMPDIR: '/tmp',
  LANG: 'C.UTF-8',
};

/**
 * The bubblewrap command line: every namespace unshared (the network namespace holds only a
 * private loopback, and the seccomp filter refuses network sockets even on that), a read-only
 * system and root, size-capped tmpfs /tmp and /dev/shm, no capabilities, a clean environment,
 * killed with its parent, in a new session (no terminal to inject into).
 */
export function bwrapOptions(request: ExecRequest, plan: MountPlan): string[] {
  const args = [
    '--unshare-all',
    '--unshare-user',
    '--disable-userns',
    '--die-with-parent',
    '--new-session',
    '--uid', String(SANDBOX_UID),
    '--gid', String(SANDBOX_UID),
    '--hostname', 'box',
    '--ro-bind', '/usr', '/usr',
    '--symlink', 'usr/lib', '/lib',
    '--symlink', 'usr/lib64', '/lib64',
    '--symlink', 'usr/bin', '/bin',
    '--symlink', 'usr/sbin', '/sbin',
    '--ro-bind', plan.passwdFile, '/etc/passwd',
    '--ro-bind', plan.groupFile, '/etc/group',
    '--ro-bind-try', '/etc/ld.so.cache', '/etc/ld.so.cache',
    '--ro-bind-try', '/etc/java-17-openjdk', '/etc/java-17-openjdk',
    '--ro-bind', plan.node, '/opt/node/bin/node',
    '--ro-bind', plan.esbuild, '/opt/esbuild/esbuild',
    ...(plan.pythonTools ? ['--ro-bind', plan.pythonTools, '/opt/python-tools'] : []),
    ...(plan.oxlint ? ['--ro-bind', plan.oxlint, '/opt/oxlint'] : []),
    '--proc', '/proc',
    '--dev', '/dev',
    '--size', String(plan.tmpBytes), '--tmpfs', '/tmp',
    '--size', String(SHM_BYTES), '--tmpfs', '/dev/shm',
    request.writableBox ? '--bind' : '--ro-bind', plan.boxDir, BOX,
    '--chdir', BOX,
    '--clearenv',
  ];
  for (const toolchain of request.toolchains ?? []) {
    if (toolchain === 'go-cache') args.push('--bind', plan.goCacheDir, '/gocache');
    if (toolchain === 'rust' && plan.rustSysroot) args.push('--ro-bind', plan.rustSysroot, '/opt/rust');
  }
  for (const [name, value] of Object.entries({ ...BASE_ENV, ...request.env })) args.push('--setenv', name, value);
  // The root bwrap builds is a writable tmpfs; once everything is mounted, nothing there may change.
  args.push('--remount-ro', '/', '--seccomp', String(FD.seccomp));
  return args;
}

/** What bwrap runs (on its own argv: bwrap takes no command from --args): the launcher, then the program. */
export function sandboxCommand(request: ExecRequest): string[] {
  return ['/usr/bin/sh', '-c', LAUNCHER, 'launcher', ...request.argv];
}
