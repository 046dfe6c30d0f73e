import type { ExecRequest } from '../sandbox.ts';

/**
 * The uid sandboxed programs run as, inside and outside: one no other process on the host uses
 * (not `nobody`, which NGINX workers run as), so even a signal that escaped the pid namespace
 * would reach nothing but another sandbox.
 */
export const SANDBOX_UID = 61000;
export const BOX = '/box';
/** The descriptor the wrapper opens the seccomp program on (see seccomp.ts). */
export const SECCOMP_FD = 3;
const SHM_BYTES = 16 * 1024 * 1024;

export interface MountPlan {
  boxDir: string;
  etcDir: string;
  node: string;
  esbuild: string;
  rustSysroot?: string;
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
export function bwrapArgs(request: ExecRequest, plan: MountPlan): string[] {
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
    '--ro-bind', `${plan.etcDir}/passwd`, '/etc/passwd',
    '--ro-bind', `${plan.etcDir}/group`, '/etc/group',
    '--ro-bind-try', '/etc/ld.so.cache', '/etc/ld.so.cache',
    '--ro-bind-try', '/etc/java-17-openjdk', '/etc/java-17-openjdk',
    '--ro-bind', plan.node, '/opt/node/bin/node',
    '--ro-bind', plan.esbuild, '/opt/esbuild/esbuild',
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
  args.push('--remount-ro', '/', '--seccomp', String(SECCOMP_FD), '--', ...request.argv);
  return args;
}
