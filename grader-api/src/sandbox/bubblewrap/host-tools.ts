import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SANDBOX_UID } from './bwrap-args.ts';

/** Host paths of the toolchains the sandbox mounts (read-only) under /opt. */
export interface HostTools {
  /** The Node binary running this grader (the project's pinned Node 24). */
  node: string;
  esbuild: string;
  /** A rustc sysroot the sandbox user can read, or undefined when Rust is not installed. */
  rustSysroot: string | undefined;
  /** ruff and lizard (pip --target folder), or undefined when test-kit's ensurePythonTools has not run. */
  pythonTools: string | undefined;
  /** The oxlint package with its native binding under node_modules/, run by the sandbox's node. */
  oxlint: string | undefined;
}

const PYTHON_TOOLS = fileURLToPath(new URL('../../../../.cache/python-tools', import.meta.url));

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
    pythonTools: pythonToolsView(cacheDir),
    oxlint: oxlintView(cacheDir, require),
  };
}

function pythonToolsView(cacheDir: string): string | undefined {
  const marker = join(PYTHON_TOOLS, '.requirements-sha256');
  if (!existsSync(marker)) return undefined;
  const view = join(cacheDir, 'tools', `python-tools-${readFileSync(marker, 'utf8').slice(0, 16)}`);
  if (!existsSync(join(view, '.requirements-sha256'))) buildView([PYTHON_TOOLS], view, { contents: true });
  return view;
}

/** oxlint's launcher finds its platform's binding as `@oxlint/binding-<platform>` beside it. */
function oxlintView(cacheDir: string, require: NodeJS.Require): string | undefined {
  let oxlint: string;
  let binding: string;
  try {
    oxlint = dirname(require.resolve('oxlint/package.json'));
    binding = dirname(require.resolve(`@oxlint/binding-linux-${process.arch}-gnu/package.json`, { paths: [oxlint] }));
  } catch {
    return undefined;
  }
  const { version } = require(join(oxlint, 'package.json')) as { version: string };
  const view = join(cacheDir, 'tools', `oxlint-${version}`);
  if (existsSync(join(view, 'node_modules', '@oxlint'))) return view;
  buildView([join(oxlint, 'bin'), join(oxlint, 'dist'), join(oxlint, 'package.json')], view, {
    then: (staging) => {
      mkdirSync(join(staging, 'node_modules', '@oxlint'), { recursive: true, mode: 0o755 });
      copyTree([binding], join(staging, 'node_modules', '@oxlint'));
    },
  });
  return view;
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

function buildSysrootView(sysroot: string, view: string): void {
  buildView([join(sysroot, 'bin'), join(sysroot, 'lib')], view);
}

/**
 * A folder of hard links (else copies) of `sources` (or, with `contents`, of what the one source
 * holds). Several graders may start at once on an empty cache: each builds its own copy beside
 * the target and renames it into place, so none ever sees (or deletes) another's half-made view.
 */
function buildView(sources: string[], view: string, options: { contents?: boolean; then?: (staging: string) => void } = {}): void {
  mkdirSync(dirname(view), { recursive: true });
  const staging = mkdtempSync(`${view}.staging-`);
  try {
    copyTree(options.contents ? [`${sources[0]}/.`] : sources, staging);
    options.then?.(staging);
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, view);
    } catch (error) {
      if (!existsSync(view)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Into an empty folder: a copy over half-made links would write through them into the sources. */
function copyTree(sources: string[], into: string): void {
  try {
    execFileSync('cp', ['-al', ...sources, into], { stdio: 'ignore' });
  } catch {
    rmSync(into, { recursive: true, force: true });
    mkdirSync(into, { mode: 0o755 });
    execFileSync('cp', ['-a', ...sources, into], { stdio: ['ignore', 'ignore', 'pipe'] });
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
