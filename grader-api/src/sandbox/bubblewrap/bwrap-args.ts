import type { ExecRequest } from '../sandbox.ts';

export const SANDBOX_UID = 65534;
export const BOX = '/box';

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
 * The bubblewrap command line: every namespace unshared (network included, so not even
 * loopback exists), a read-only system, a private tmpfs /tmp, no capabilities, a clean
 * environment, killed with its parent, in a new session (no terminal to inject into).
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
    request.writableBox ? '--bind' : '--ro-bind', plan.boxDir, BOX,
    '--chdir', BOX,
    '--clearenv',
  ];
  for (const toolchain of request.toolchains ?? []) {
    if (toolchain === 'go-cache') args.push('--bind', plan.goCacheDir, '/gocache');
    if (toolchain === 'rust' && plan.rustSysroot) args.push('--ro-bind', plan.rustSysroot, '/opt/rust');
  }
  for (const [name, value] of Object.entries({ ...BASE_ENV, ...request.env })) args.push('--setenv', name, value);
  args.push('--', ...request.argv);
  return args;
}
