import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBoxFileName, type Box, type BoxOptions, type ExecRequest, type ExecResult, type Sandbox, type SandboxInfo } from '../sandbox.ts';
import { Slots } from '../slots.ts';
import { BoxStore, unmountOrphanedStores } from './box-store.ts';
import { bwrapOptions, FD, SANDBOX_UID, sandboxCommand, type MountPlan } from './bwrap-args.ts';
import { CgroupSlot, cgroupsAvailable, removeOrphanedCgroups } from './cgroups.ts';
import { resolveHostTools } from './host-tools.ts';
import { sandboxFilter } from './seccomp.ts';
import { spawnSandboxed } from './spawn-sandboxed.ts';

/** Each sandbox's cgroups live under <prefix><pid>-<n>, so leftovers of dead graders can be found. */
const CGROUP_PREFIX = 'eduscale-grader-';
let sandboxesMade = 0;

export interface BubblewrapOptions {
  /** Where boxes live on the host (a private folder per box inside). */
  workDir: string;
  /** Toolchain caches the sandbox mounts: the shared Go build cache, a view of the Rust toolchain. */
  cacheDir: string;
  /** How many sandboxes may run at once (one cgroup slot each). */
  concurrency: number;
  tmpBytes?: number;
  /** Size of the tmpfs that holds this grader's boxes (root only). */
  storeBytes?: number;
  /** Slots one owner may hold at once (default: all but one). */
  sandboxesPerUser?: number;
}

// Runs as the sandbox user (no setpriv exec: spawn drops privileges before exec). Joins the
// slot's cgroups, sets the rlimits, then becomes bwrap, which reads its arguments from a pipe.
// Arguments are numbers we computed and paths we built; user input never reaches this script.
const WRAPPER = `
while [ "$1" != "--" ]; do echo $$ > "$1" || exit 125; shift; done; shift
{ ulimit -c 0 && ulimit -t "$1" && ulimit -f "$2" && ulimit -n 256 && ulimit -s "$3"; } || exit 125
[ "$4" = "-" ] || ulimit -p "$4" || exit 125
shift 4
exec /usr/bin/bwrap --args ${FD.args} -- "$@"`;

export class BubblewrapSandbox implements Sandbox {
  readonly #options: Required<BubblewrapOptions>;
  readonly #asRoot = process.getuid?.() === 0;
  readonly #cgroups: CgroupSlot[] | undefined;
  readonly #slots: Slots;
  readonly #store: BoxStore;
  readonly #plan: Omit<MountPlan, 'boxDir'>;
  readonly #cgroupParent = `${CGROUP_PREFIX}${process.pid}-${sandboxesMade++}`;
  readonly #seccomp = sandboxFilter();

  constructor(options: BubblewrapOptions) {
    this.#options = { tmpBytes: 64 * 1024 * 1024, storeBytes: 512 * 1024 * 1024 + options.concurrency * 256 * 1024 * 1024, sandboxesPerUser: options.concurrency - 1, ...options };
    const goCacheDir = join(options.cacheDir, 'go-build');
    mkdirSync(goCacheDir, { recursive: true });
    // A cache written under another uid (an older sandbox user) would be read-only to this one.
    if (this.#asRoot && statSync(goCacheDir).uid !== SANDBOX_UID) execFileSync('chown', ['-R', `${SANDBOX_UID}:${SANDBOX_UID}`, goCacheDir]);
    if (this.#asRoot) unmountOrphanedStores();
    this.#store = new BoxStore({ workDir: options.workDir, sizeBytes: this.#options.storeBytes, asRoot: this.#asRoot });
    const tools = resolveHostTools(options.cacheDir);
    this.#plan = {
      passwdFile: this.#store.writeShared('passwd', `runner:x:${SANDBOX_UID}:${SANDBOX_UID}:runner:/tmp:/usr/sbin/nologin\n`),
      groupFile: this.#store.writeShared('group', `runner:x:${SANDBOX_UID}:\n`),
      node: tools.node,
      esbuild: tools.esbuild,
      goCacheDir,
      tmpBytes: this.#options.tmpBytes,
      rustSysroot: tools.rustSysroot,
      pythonTools: tools.pythonTools,
      oxlint: tools.oxlint,
    };
    if (cgroupsAvailable()) removeOrphanedCgroups(CGROUP_PREFIX);
    this.#cgroups = cgroupsAvailable() ? Array.from({ length: options.concurrency }, (_, i) => new CgroupSlot(this.#cgroupParent, i, SANDBOX_UID)) : undefined;
    this.#slots = new Slots(options.concurrency, { maxPerOwner: this.#options.sandboxesPerUser });
  }

  info(): SandboxInfo {
    const cgroups = this.#cgroups !== undefined;
    const notes: string[] = [];
    if (!cgroups) notes.push('cgroup v1 memory/pids/cpuacct not writable (not root?): memory is unlimited, processes and CPU time by rlimit only');
    if (!this.#asRoot) notes.push('not root: bwrap runs as the grader user, whose uid the sandbox maps to');
    if (!this.#store.ownFilesystem) notes.push('boxes are not on a filesystem of their own: their host folder shows in /proc/self/mountinfo');
    if (!this.#plan.rustSysroot) notes.push('no rustc toolchain found: Rust is unavailable');
    if (!this.#plan.pythonTools) notes.push('no Python tools (ruff, lizard) in .cache/python-tools: Python lint and function metrics are unavailable');
    if (!this.#plan.oxlint) notes.push('no oxlint package: JavaScript and TypeScript lint is unavailable');
    return {
      driver: 'bubblewrap',
      enforcement: { cpuTime: cgroups ? 'cgroup' : 'rlimit', memory: cgroups ? 'cgroup' : 'none', processes: cgroups ? 'cgroup' : 'rlimit', network: 'namespace+seccomp' },
      notes,
    };
  }

  async createBox(files: Record<string, string>, options: BoxOptions = {}): Promise<Box> {
    for (const name of Object.keys(files)) assertBoxFileName(name);
    const { id, dir } = this.#store.createBoxDir();
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(dir, name), content, { mode: 0o644, flag: 'wx' });
      if (this.#asRoot) chownSync(join(dir, name), SANDBOX_UID, SANDBOX_UID);
    }
    return {
      id,
      // A box nobody owns (an internal caller's) takes its turns alone.
      exec: (request) => this.#exec(dir, request, options.owner ?? `box:${id}`),
      // rm never follows symlinks the program may have planted; it unlinks them.
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }

  async close(): Promise<void> {
    await this.#slots.drain();
    for (const cgroup of this.#cgroups ?? []) cgroup.remove();
    for (const controller of ['memory', 'pids', 'cpuacct']) {
      try {
        rmdirSync(join('/sys/fs/cgroup', controller, this.#cgroupParent));
      } catch {
        // not created or already gone
      }
    }
    this.#store.close();
  }

  async #exec(boxDir: string, request: ExecRequest, owner: string): Promise<ExecResult> {
    const slot = await this.#slots.acquire(owner);
    const cgroup = this.#cgroups?.[slot];
    try {
      await cgroup?.empty();
      cgroup?.prepare({ memoryBytes: request.limits.memoryBytes, processes: request.limits.processes });
      const { limits } = request;
      const cpuSeconds = Math.ceil(limits.cpuMs / 1000) + 1;
      const fileBlocks = Math.ceil(limits.fileBytes / 512);
      const stackKb = Math.min(limits.memoryBytes, 256 * 1024 * 1024) / 1024;
      const nproc = cgroup ? '-' : String(limits.processes);
      return await spawnSandboxed({
        wrapper: ['-c', WRAPPER, 'sandbox', ...(cgroup?.procsFiles ?? []), '--', String(cpuSeconds), String(fileBlocks), String(stackKb), nproc, ...sandboxCommand(request)],
        bwrapOptions: bwrapOptions(request, { ...this.#plan, boxDir }),
        seccomp: this.#seccomp,
        stdin: request.stdin ?? '',
        limits,
        uid: this.#asRoot ? SANDBOX_UID : undefined,
        cgroup,
      });
    } finally {
      cgroup?.killAll();
      this.#slots.release(slot);
    }
  }
}
