import { randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdirSync, rmdirSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { collectCapped } from '../capped-buffer.ts';
import { SandboxFault, type Box, type ExecRequest, type ExecResult, type Sandbox, type SandboxInfo } from '../sandbox.ts';
import { Slots } from '../slots.ts';
import { bwrapArgs, SANDBOX_UID, SECCOMP_FD, type MountPlan } from './bwrap-args.ts';
import { networkDenyFilter } from './seccomp.ts';
import { CgroupSlot, cgroupsAvailable, removeOrphanedCgroups } from './cgroups.ts';
import { resolveHostTools } from './host-tools.ts';

/** Each grader's cgroups live under <prefix><pid>, so leftovers of dead graders can be found. */
const CGROUP_PREFIX = 'eduscale-grader-';

export interface BubblewrapOptions {
  /** Where boxes live on the host (a private folder per box inside). */
  workDir: string;
  /** Toolchain caches the sandbox mounts: the shared Go build cache, a view of the Rust toolchain. */
  cacheDir: string;
  /** How many sandboxes may run at once (one cgroup slot each). */
  concurrency: number;
  tmpBytes?: number;
}

const STDERR_CAP = 64 * 1024;
const CPU_POLL_MS = 25;

// Runs as the sandbox user (no setpriv exec: spawn drops privileges before exec). Joins the
// slot's cgroups, sets the rlimits, opens the seccomp program for bwrap, then becomes bwrap. Arguments are numbers we computed and paths we built; user input never
// reaches this script.
const WRAPPER = `
while [ "$1" != "--" ]; do echo $$ > "$1" || exit 125; shift; done; shift
{ ulimit -c 0 && ulimit -t "$1" && ulimit -f "$2" && ulimit -n 256 && ulimit -s "$3"; } || exit 125
[ "$4" = "-" ] || ulimit -p "$4" || exit 125
seccomp="$5"
shift 5
exec "$@" ${SECCOMP_FD}< "$seccomp"`;

export class BubblewrapSandbox implements Sandbox {
  readonly #options: Required<BubblewrapOptions>;
  readonly #asRoot = process.getuid?.() === 0;
  readonly #cgroups: CgroupSlot[] | undefined;
  readonly #slots: Slots;
  readonly #plan: Omit<MountPlan, 'boxDir'>;
  readonly #cgroupParent = `${CGROUP_PREFIX}${process.pid}`;
  readonly #seccompFile: string;

  constructor(options: BubblewrapOptions) {
    this.#options = { tmpBytes: 64 * 1024 * 1024, ...options };
    mkdirSync(options.workDir, { recursive: true, mode: 0o711 });
    chmodSync(options.workDir, 0o711);
    const goCacheDir = join(options.cacheDir, 'go-build');
    mkdirSync(goCacheDir, { recursive: true });
    // A cache written under another uid (an older sandbox user) would be read-only to this one.
    if (this.#asRoot && statSync(goCacheDir).uid !== SANDBOX_UID) execFileSync('chown', ['-R', `${SANDBOX_UID}:${SANDBOX_UID}`, goCacheDir]);
    this.#seccompFile = join(options.workDir, 'seccomp.bpf');
    writeFileSync(this.#seccompFile, networkDenyFilter());
    const etcDir = join(options.workDir, 'etc');
    mkdirSync(etcDir, { recursive: true });
    writeFileSync(join(etcDir, 'passwd'), `runner:x:${SANDBOX_UID}:${SANDBOX_UID}:runner:/tmp:/usr/sbin/nologin\n`);
    writeFileSync(join(etcDir, 'group'), `runner:x:${SANDBOX_UID}:\n`);
    const tools = resolveHostTools(options.cacheDir);
    this.#plan = {
      etcDir,
      node: tools.node,
      esbuild: tools.esbuild,
      goCacheDir,
      tmpBytes: this.#options.tmpBytes,
      rustSysroot: tools.rustSysroot,
    };
    if (cgroupsAvailable()) removeOrphanedCgroups(CGROUP_PREFIX);
    this.#cgroups = cgroupsAvailable() ? Array.from({ length: options.concurrency }, (_, i) => new CgroupSlot(this.#cgroupParent, i, SANDBOX_UID)) : undefined;
    this.#slots = new Slots(options.concurrency);
  }

  info(): SandboxInfo {
    const cgroups = this.#cgroups !== undefined;
    const notes: string[] = [];
    if (!cgroups) notes.push('cgroup v1 memory/pids/cpuacct not writable (not root?): memory is unlimited, processes and CPU time by rlimit only');
    if (!this.#asRoot) notes.push('not root: bwrap runs as the grader user, whose uid the sandbox maps to');
    if (!this.#plan.rustSysroot) notes.push('no rustc toolchain found: Rust is unavailable');
    return {
      driver: 'bubblewrap',
      enforcement: { cpuTime: cgroups ? 'cgroup' : 'rlimit', memory: cgroups ? 'cgroup' : 'none', processes: cgroups ? 'cgroup' : 'rlimit', network: 'namespace+seccomp' },
      notes,
    };
  }

  async createBox(files: Record<string, string>): Promise<Box> {
    const id = randomBytes(12).toString('hex');
    const dir = join(this.#options.workDir, id);
    mkdirSync(dir, { mode: 0o700 });
    for (const [name, content] of Object.entries(files)) {
      if (!/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith('.')) throw new SandboxFault(`refusing box file name ${JSON.stringify(name)}`);
      writeFileSync(join(dir, name), content, { mode: 0o644, flag: 'wx' });
      if (this.#asRoot) chownSync(join(dir, name), SANDBOX_UID, SANDBOX_UID);
    }
    if (this.#asRoot) chownSync(dir, SANDBOX_UID, SANDBOX_UID);
    return {
      id,
      exec: (request) => this.#exec(dir, request),
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
  }

  async #exec(boxDir: string, request: ExecRequest): Promise<ExecResult> {
    const slot = await this.#slots.acquire();
    const cgroup = this.#cgroups?.[slot];
    try {
      cgroup?.prepare({ memoryBytes: request.limits.memoryBytes, processes: request.limits.processes });
      return await this.#spawn(boxDir, request, cgroup);
    } finally {
      cgroup?.killAll();
      this.#slots.release(slot);
    }
  }

  #spawn(boxDir: string, request: ExecRequest, cgroup: CgroupSlot | undefined): Promise<ExecResult> {
    const { limits } = request;
    const cpuSeconds = Math.ceil(limits.cpuMs / 1000) + 1;
    const fileBlocks = Math.ceil(limits.fileBytes / 512);
    const stackKb = Math.min(limits.memoryBytes, 256 * 1024 * 1024) / 1024;
    const command = ['/usr/bin/bwrap', ...bwrapArgs(request, { ...this.#plan, boxDir })];
    const nproc = cgroup ? '-' : String(limits.processes);
    const args = ['-c', WRAPPER, 'sandbox', ...(cgroup?.procsFiles ?? []), '--', String(cpuSeconds), String(fileBlocks), String(stackKb), nproc, this.#seccompFile, ...command];

    return new Promise((resolve, reject) => {
      const started = performance.now();
      const child = spawn('/bin/sh', args, {
        stdio: 'pipe',
        detached: true,
        env: {},
        // libuv drops supplementary groups and sets gid then uid in the child, before exec.
        ...(this.#asRoot ? { uid: SANDBOX_UID, gid: SANDBOX_UID } : {}),
      });
      const { stdin, stdout: out, stderr: errOut } = child;
      if (!stdin || !out || !errOut) throw new SandboxFault('sandbox started without its pipes');
      let limitHit: ExecResult['limitHit'] = null;
      const kill = (reason: ExecResult['limitHit']) => {
        limitHit ??= reason;
        try {
          process.kill(-(child.pid ?? 0), 'SIGKILL');
        } catch {
          // already gone
        }
        cgroup?.killAll();
      };
      const wallTimer = setTimeout(() => kill('wall'), limits.wallMs);
      // RLIMIT_CPU has one-second steps and counts each process alone; the cgroup counts them
      // all, so a busy loop is stopped within a poll of its limit.
      const cpuPoll = cgroup && setInterval(() => cgroup.cpuMs() > limits.cpuMs && kill('cpu'), CPU_POLL_MS);
      const stdout = collectCapped(out, limits.outputBytes, () => kill('output'));
      const stderr = collectCapped(errOut, STDERR_CAP);
      stdin.on('error', () => {}); // the program may exit without reading its input
      stdin.end(request.stdin ?? '');

      const stopTimers = () => {
        clearTimeout(wallTimer);
        if (cpuPoll) clearInterval(cpuPoll);
      };
      child.once('error', (error) => {
        stopTimers();
        reject(new SandboxFault(`could not start the sandbox: ${error.message}`, { cause: error }));
      });
      child.once('close', async (code, signal) => {
        stopTimers();
        const wallMs = performance.now() - started;
        await Promise.all([stdout.done, stderr.done]);
        const err = stderr.result();
        if (code === 125 && limitHit === null) {
          return reject(new SandboxFault(`the sandbox wrapper failed: ${err.buffer.toString('utf8', 0, 500)}`));
        }
        if (code === 1 && /^bwrap: /m.test(err.buffer.toString())) {
          return reject(new SandboxFault(`bwrap refused to start: ${err.buffer.toString('utf8', 0, 500)}`));
        }
        const usage = cgroup?.usage();
        const cpuMs = usage?.cpuMs ?? wallMs;
        const exitSignal = signal ?? signalFromStatus(code);
        if (usage?.oomKilled) limitHit ??= 'memory';
        if (exitSignal === 'SIGXFSZ') limitHit ??= 'file';
        if (exitSignal === 'SIGXCPU' || cpuMs > limits.cpuMs) limitHit ??= 'cpu';
        const out = stdout.result();
        resolve({
          exitCode: exitSignal ? null : code,
          signal: exitSignal,
          stdout: out.buffer,
          stderr: err.buffer,
          outputTruncated: out.truncated,
          cpuMs: Math.round(cpuMs * 100) / 100,
          wallMs: Math.round(wallMs * 100) / 100,
          memoryBytes: usage?.memoryBytes ?? 0,
          limitHit,
        });
      });
    });
  }
}

/** bwrap reports a child killed by signal N as exit status 128 + N. */
function signalFromStatus(code: number | null): string | null {
  if (code === null || code <= 128 || code > 128 + 64) return null;
  const names: Record<number, string> = { 1: 'SIGHUP', 2: 'SIGINT', 4: 'SIGILL', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 11: 'SIGSEGV', 13: 'SIGPIPE', 15: 'SIGTERM', 24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS' };
  return names[code - 128] ?? `SIG${code - 128}`;
}
