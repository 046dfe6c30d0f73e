import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SANDBOX_UID } from './bwrap-args.ts';
import { isAlive } from './is-alive.ts';

/** The mount source every store's tmpfs carries, so leftovers of dead graders can be found. */
const STORE_SOURCE = 'eduscale-boxes';
const OWNER_FILE = 'owner.pid';

/**
 * Where boxes (and the sandbox's /etc files) live on the host. As root it is a tmpfs of its own
 * mounted on the work folder: a bind mount shows its source's path within its filesystem in the
 * sandbox's /proc/self/mountinfo, so on a filesystem of its own a box is `/<id>`, never the host
 * folder, the grader's pid or the checkout. It also keeps a compile from filling the host's disk.
 * Without root it is a plain folder, and /health says the host path shows.
 */
export class BoxStore {
  readonly root: string;
  readonly ownFilesystem: boolean;
  readonly #asRoot: boolean;

  constructor(options: { workDir: string; sizeBytes: number; asRoot: boolean }) {
    this.root = options.workDir;
    this.#asRoot = options.asRoot;
    mkdirSync(this.root, { recursive: true, mode: 0o711 });
    if (options.asRoot) unmountStore(this.root);
    this.ownFilesystem = options.asRoot && mountStore(this.root, options.sizeBytes);
    chmodSync(this.root, 0o711);
    writeFileSync(join(this.root, OWNER_FILE), String(process.pid));
  }

  /** A fresh private folder for one box, owned by the sandbox user. */
  createBoxDir(): { id: string; dir: string } {
    const id = randomBytes(12).toString('hex');
    const dir = join(this.root, id);
    mkdirSync(dir, { mode: 0o700 });
    if (this.#asRoot) chownSync(dir, SANDBOX_UID, SANDBOX_UID);
    return { id, dir };
  }

  /** A file the sandbox mounts read-only (e.g. its /etc/passwd), kept in the store. */
  writeShared(name: string, content: string): string {
    const path = join(this.root, name);
    writeFileSync(path, content, { mode: 0o644 });
    return path;
  }

  close(): void {
    if (this.ownFilesystem) unmountStore(this.root);
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * Unmounts the stores of graders that died without cleaning up (SIGKILL, OOM): each store names
 * its grader's pid in a file at its root.
 */
export function unmountOrphanedStores(): number {
  let removed = 0;
  for (const mountPoint of storeMounts()) {
    const owner = storeOwner(mountPoint);
    if (owner === undefined || isAlive(owner)) continue;
    unmountStore(mountPoint);
    rmSync(mountPoint, { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/** The pid a store names as its grader; undefined while it is being set up (or not ours to judge). */
function storeOwner(mountPoint: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(mountPoint, OWNER_FILE), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function mountStore(path: string, sizeBytes: number): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0711,nosuid,nodev`, STORE_SOURCE, path], { stdio: ['ignore', 'ignore', 'pipe'] });
    return true;
  } catch {
    return false;
  }
}

function unmountStore(path: string): void {
  if (!storeMounts().includes(path)) return;
  try {
    // Lazy: a sandbox that outlived its grader may still hold a box open.
    execFileSync('umount', ['-l', path], { stdio: 'ignore' });
  } catch (error) {
    // Graders starting together find the same orphan; the one that loses the race finds it gone.
    if (storeMounts().includes(path)) throw error;
  }
}

/** Mount points of every store on this host (mountinfo field 5, source after the " - " separator). */
function storeMounts(): string[] {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' - '))
    .filter(([, tail]) => tail?.startsWith(`tmpfs ${STORE_SOURCE} `))
    .map(([head]) => unescapeMountPath(head?.split(' ')[4] ?? ''));
}

function unescapeMountPath(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}
