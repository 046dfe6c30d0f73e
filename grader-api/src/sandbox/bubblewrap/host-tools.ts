import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SANDBOX_UID } from './bwrap-args.ts';

/** Host paths of the toolchains the sandbox mounts (read-only) under /opt. */
export interface HostTools {
  /** The Node binary running this grader (the project's pinned Node 24). */
  node: string;
  esbuild: string;
  /** A rustc sysroot the sandbox user can read, or undefined when Rust is not installed. */
  rustSysroot: string | undefined;
}

/**
 * The sandbox sees each bind mount's host path in /proc/self/mountinfo, so the binaries it
 * mounts are linked (or copied, across filesystems) into the cache first: the sandbox then sees
 * the cache's path, never the checkout's.
 */
export function resolveHostTools(cacheDir: string): HostTools {
  const require = createRequire(import.meta.url);
  const esbuildPackage = dirname(require.resolve('@esbuild/linux-x64/package.json', { paths: [dirname(require.resolve('esbuild'))] }));
  const esbuildVersion = (require(join(esbuildPackage, 'package.json')) as { version: string }).version;
  return {
    node: cachedBinary(realpathSync(process.execPath), join(cacheDir, 'tools', `node-${process.version}`, 'node')),
    esbuild: cachedBinary(realpathSync(join(esbuildPackage, 'bin', 'esbuild')), join(cacheDir, 'tools', `esbuild-${esbuildVersion}`, 'esbuild')),
    rustSysroot: readableRustSysroot(cacheDir),
  };
}

/** A hard link (else a copy) of `source` at `target`, made under a staging name and renamed into place. */
function cachedBinary(source: string, target: string): string {
  if (existsSync(target) && statSync(target).size === statSync(source).size) return target;
  mkdirSync(dirname(target), { recursive: true, mode: 0o755 });
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { force: true });
  try {
    linkSync(source, staging);
  } catch {
    copyFileSync(source, staging);
    chmodSync(staging, 0o755);
  }
  renameSync(staging, target);
  return target;
}

/**
 * rustup's proxy cannot work in a sandbox; the toolchain's own rustc can. rustup keeps it under
 * $HOME (often /root, closed to the sandbox user), so we give the sandbox a hard-linked view of
 * bin/ and lib/ in our cache: instant on one filesystem, a plain copy across two.
 */
function readableRustSysroot(cacheDir: string): string | undefined {
  let sysroot: string;
  try {
    sysroot = execFileSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
  if (!existsSync(join(sysroot, 'bin', 'rustc'))) return undefined;
  if (process.getuid?.() !== 0 || readableByOthers(sysroot)) return sysroot;
  const view = join(cacheDir, 'rust', execFileSync(join(sysroot, 'bin', 'rustc'), ['--version'], { encoding: 'utf8' }).trim().replace(/\W+/g, '-'));
  if (!existsSync(join(view, 'bin', 'rustc'))) buildSysrootView(sysroot, view);
  return view;
}

/**
 * Several graders may start at once on an empty cache: each builds its own copy beside the
 * target and renames it into place, so none ever sees (or deletes) another's half-made view.
 */
function buildSysrootView(sysroot: string, view: string): void {
  mkdirSync(dirname(view), { recursive: true });
  const staging = mkdtempSync(`${view}.staging-`);
  try {
    try {
      execFileSync('cp', ['-al', join(sysroot, 'bin'), join(sysroot, 'lib'), staging], { stdio: 'ignore' });
    } catch {
      rmSync(staging, { recursive: true, force: true });
      mkdirSync(staging);
      execFileSync('cp', ['-a', join(sysroot, 'bin'), join(sysroot, 'lib'), staging], { stdio: ['ignore', 'ignore', 'pipe'] });
    }
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, view);
    } catch (error) {
      if (!existsSync(join(view, 'bin', 'rustc'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function readableByOthers(path: string): boolean {
  try {
    execFileSync('setpriv', [`--reuid=${SANDBOX_UID}`, `--regid=${SANDBOX_UID}`, '--clear-groups', 'test', '-r', join(path, 'bin', 'rustc')]);
    return true;
  } catch {
    return false;
  }
}
