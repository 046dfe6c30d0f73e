import { randomBytes } from 'node:crypto';
import type Dockerode from 'dockerode';
import { SandboxFault, type Box, type ExecRequest, type ExecResult } from '../sandbox.ts';
import type { Slots } from '../slots.ts';
import { boxResources, containerSpec, controlExec, OWNER_UID, PROGRAM_UID, stepExec } from './container-spec.ts';
import { runExec, startExec, type ExecOutcome } from './docker-exec.ts';
import { judgeStep, parseCounters, type Counters } from './step-result.ts';
import { CONTROL, READY } from './step-scripts.ts';
import { tarball } from './tar.ts';

const STDERR_CAP = 64 * 1024;
/** Room for the READY line the wrapper writes on stderr before the program's own. */
const READY_ROOM = 64;
/** The wrapper's `timeout` stops a step at its wall limit; the grader steps in this much later. */
const WALL_GRACE_MS = 2000;
const CONTROL_TIMEOUT_MS = 30_000;

interface Engine {
  docker: Dockerode;
  slots: Slots;
}

/** One box: a container idling in its own PID 1, each step an exec in it, one step at a time. */
export class DockerBox implements Box {
  readonly id: string;
  readonly #engine: Engine;
  readonly #container: Dockerode.Container;
  #counters: Counters;
  #resources = '';
  #queue: Promise<unknown> = Promise.resolve();
  /** Set when the box had to be killed whole: its files are gone, so are later steps. */
  #dead: string | undefined;
  #owner: string | undefined;

  private constructor(id: string, engine: Engine, container: Dockerode.Container, counters: Counters) {
    this.id = id;
    this.#engine = engine;
    this.#container = container;
    this.#counters = counters;
  }

  static async create(engine: Engine, options: { image: string; sandboxId: string; files: Record<string, string>; owner?: string }): Promise<DockerBox> {
    const id = randomBytes(12).toString('hex');
    const archive = tarball(options.files, { uid: OWNER_UID, gid: OWNER_UID });
    let container: Dockerode.Container;
    try {
      container = await engine.docker.createContainer(containerSpec({ image: options.image, boxId: id, sandboxId: options.sandboxId }));
    } catch (error) {
      throw new SandboxFault(`could not create a box from ${options.image}: ${(error as Error).message}`, { cause: error });
    }
    try {
      await container.start();
      // putArchive cannot reach a tmpfs (it writes beneath the mount, moby#22020) and is refused
      // on a read-only root, so the files go in through tar in the box.
      const counters = await control(engine.docker, container, CONTROL.unpack, OWNER_UID, [], archive);
      const box = new DockerBox(id, engine, container, counters);
      // A box nobody owns (an internal caller's) takes its turns alone.
      box.#owner = options.owner ?? `box:${id}`;
      return box;
    } catch (error) {
      await container.remove({ force: true }).catch(() => {});
      if (error instanceof SandboxFault) throw error;
      throw new SandboxFault(`could not start a box: ${(error as Error).message}`, { cause: error });
    }
  }

  exec(request: ExecRequest): Promise<ExecResult> {
    // Steps share the box's cgroup counters and uids, so they take turns.
    const step = this.#queue.then(() => this.#step(request));
    this.#queue = step.catch(() => {});
    return step;
  }

  async dispose(): Promise<void> {
    try {
      await this.#container.remove({ force: true });
    } catch (error) {
      // 404: already gone; 409: a removal is already under way.
      const status = (error as { statusCode?: number }).statusCode;
      if (status !== 404 && status !== 409) throw new SandboxFault(`could not remove box ${this.id}: ${(error as Error).message}`, { cause: error });
    }
  }

  async #step(request: ExecRequest): Promise<ExecResult> {
    if (this.#dead) return deadBoxResult(this.#dead);
    const slot = await this.#engine.slots.acquire(this.#owner);
    try {
      await this.#applyResources(request);
      const uid = request.writableBox ? OWNER_UID : PROGRAM_UID;
      const goCache = request.toolchains?.includes('go-cache') ?? false;
      if (goCache) this.#counters = await control(this.#engine.docker, this.#container, CONTROL.seedGoCache, OWNER_UID);
      const rusageFile = `/tmp/.eduscale-rusage-${randomBytes(6).toString('hex')}`;
      const ran = await this.#run(request, uid, rusageFile).catch((error: unknown) => {
        if (this.#dead) return undefined; // the engine may lose track of an exec in a killed box
        throw error;
      });
      if (!ran) return deadBoxResult(this.#dead ?? 'the box is gone');
      const { outcome, killed } = ran;
      const ready = READY.exec(outcome.stderr.toString('latin1', 0, READY_ROOM));
      if (!ready && killed === null) {
        throw new SandboxFault(`the step wrapper did not start (status ${outcome.status}): ${outcome.stderr.toString('utf8', 0, 500)}`);
      }
      const output = {
        stdout: outcome.stdout,
        stderr: ready ? outcome.stderr.subarray(ready[0].length) : outcome.stderr,
        outputTruncated: outcome.stdoutTruncated,
        wallMs: Math.round(outcome.wallMs * 100) / 100,
      };
      if (this.#dead || !ready) {
        return { ...output, exitCode: null, signal: 'SIGKILL', cpuMs: output.wallMs, memoryBytes: 0, limitHit: killed };
      }
      // The step's CPU time runs from the wrapper's READY to the control's first read.
      const before = { cpuUsec: Number(ready[1]), oomKills: this.#counters.oomKills };
      try {
        this.#counters = await control(this.#engine.docker, this.#container, CONTROL.afterStep, uid, [rusageFile, goCache ? 'gocache' : '']);
      } catch (error) {
        // A program that killed its wrapper and then took every pid leaves no room for an exec.
        if (!(await this.#running())) throw error;
        await this.#killWhole();
        return { ...output, exitCode: null, signal: 'SIGKILL', cpuMs: output.wallMs, memoryBytes: 0, limitHit: killed };
      }
      return { ...output, ...judgeStep({ limits: request.limits, status: outcome.status, wallMs: outcome.wallMs, before, after: this.#counters, killed }) };
    } finally {
      this.#engine.slots.release(slot);
    }
  }

  async #run(request: ExecRequest, uid: number, rusageFile: string): Promise<{ outcome: ExecOutcome; killed: 'wall' | 'output' | null }> {
    let killed: 'wall' | 'output' | null = null;
    let killing: Promise<void> | undefined;
    let abandonTimer: NodeJS.Timeout | undefined;
    const kill = (reason: 'wall' | 'output') => {
      if (killed) return;
      killed = reason;
      killing = this.#killStep(uid);
      // A box that cannot even be killed whole must not hold the grader forever.
      abandonTimer = setTimeout(() => running.abandon(), CONTROL_TIMEOUT_MS);
    };
    // kill() runs only on output or a timer, after this resolves.
    const running = await startExec(this.#engine.docker, this.#container, stepExec(request, rusageFile), {
      stdin: request.stdin,
      stdoutCap: request.limits.outputBytes,
      stderrCap: STDERR_CAP + READY_ROOM,
      onOverflow: () => kill('output'),
    });
    const backstop = setTimeout(() => kill('wall'), request.limits.wallMs + WALL_GRACE_MS);
    try {
      const outcome = await running.done;
      // The kill's exec runs as the step's uid and so does the next control script, each starting
      // with kill -9 -1: overlapping (a slow exec on a loaded machine), each could kill the other,
      // and a kill that failed so would kill the box whole under the control script.
      await killing;
      return { outcome, killed };
    } finally {
      clearTimeout(backstop);
      clearTimeout(abandonTimer);
    }
  }

  /**
   * Kills every process of the step's uid from a new exec. When none can start (a fork bomb that
   * killed the wrapper's watchers holds every pid), the whole box is killed: its later steps fail.
   */
  async #killStep(uid: number): Promise<void> {
    try {
      const { status } = await runExec(this.#engine.docker, this.#container, controlExec(CONTROL.kill, uid), { stdoutCap: 1024, stderrCap: 1024, timeoutMs: 5000 });
      if (status === 0 || status === 1) return; // 1: nothing was left to kill
    } catch {
      // handled below
    }
    await this.#killWhole();
  }

  async #killWhole(): Promise<void> {
    this.#dead = 'the box was killed whole because the program left no room to stop it';
    await this.#container.kill().catch(() => {});
  }

  async #running(): Promise<boolean> {
    try {
      return (await this.#container.inspect()).State.Running;
    } catch {
      return false;
    }
  }

  async #applyResources(request: ExecRequest): Promise<void> {
    const resources = boxResources(request.limits);
    const key = JSON.stringify(resources);
    if (key === this.#resources) return;
    try {
      await this.#container.update(resources);
    } catch (error) {
      throw new SandboxFault(`could not set the box's limits: ${(error as Error).message}`, { cause: error });
    }
    this.#resources = key;
  }
}

/** Runs a CONTROL script as `uid`; its failing is the box's or the image's fault. */
async function control(docker: Dockerode, container: Dockerode.Container, script: string, uid: number, args: string[] = [], stdin?: Buffer): Promise<Counters> {
  const outcome = await runExec(docker, container, controlExec(script, uid, args), { stdin, stdoutCap: 64 * 1024, stderrCap: 8 * 1024, timeoutMs: CONTROL_TIMEOUT_MS });
  if (outcome.status !== 0) throw new SandboxFault(`a box control script failed (status ${outcome.status}): ${outcome.stderr.toString('utf8', 0, 500)}`);
  return parseCounters(outcome.stdout.toString('utf8'));
}

function deadBoxResult(reason: string): ExecResult {
  return { exitCode: null, signal: 'SIGKILL', stdout: Buffer.alloc(0), stderr: Buffer.from(`${reason}\n`), outputTruncated: false, cpuMs: 0, wallMs: 0, memoryBytes: 0, limitHit: null };
}
