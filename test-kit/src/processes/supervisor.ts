import { spawn, type ChildProcess } from 'node:child_process';
import { Writable } from 'node:stream';
import { createInterface } from 'node:readline';

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Drop to this uid/gid (used for Postgres, which refuses to run as root). */
  user?: { uid: number; gid: number };
  /** The signal that shuts this program down cleanly (Postgres: SIGINT = fast shutdown). */
  stopSignal?: NodeJS.Signals;
}

const COLORS = [36, 35, 33, 32, 34, 91, 96, 95, 93, 92];

/**
 * Starts the stack's processes, prefixes every log line with the process name, and stops
 * them all (children first, in reverse start order) on shutdown or when one dies.
 */
export class Supervisor {
  readonly #log: NodeJS.WritableStream;
  readonly #children: { spec: ProcessSpec; child: ChildProcess }[] = [];
  #stopping = false;
  #colorIndex = 0;
  onUnexpectedExit: (name: string, code: number | null, signal: NodeJS.Signals | null) => void = () => {};

  /** @param log where prefixed output goes (tests send it to a file, not the terminal). */
  constructor(log: NodeJS.WritableStream = process.stdout) {
    this.#log = log;
    // Children live in their own process groups, so nothing else would stop them if the
    // script holding this supervisor crashed or exited without stopAll(): do it on the way out.
    process.once('exit', () => {
      for (const { child } of this.#children) killGroup(child, 'SIGKILL');
    });
  }

  get stopping(): boolean {
    return this.#stopping;
  }

  start(spec: ProcessSpec): ChildProcess {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group: a Ctrl-C in the terminal reaches only the launcher, which then
      // stops each child in order instead of all of them at once.
      detached: true,
      ...(spec.user ?? {}),
    });
    const prefix = this.#prefix(spec.name);
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', (line) => this.#log.write(`${prefix} ${line}\n`));
    }
    child.on('exit', (code, signal) => {
      const index = this.#children.findIndex((entry) => entry.child === child);
      if (index >= 0) this.#children.splice(index, 1);
      if (!this.#stopping) this.onUnexpectedExit(spec.name, code, signal);
    });
    this.#children.push({ spec, child });
    return child;
  }

  /** Runs a command to completion with prefixed output; rejects on a non-zero exit. */
  run(spec: ProcessSpec): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(spec.command, spec.args, {
        cwd: spec.cwd,
        env: spec.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(spec.user ?? {}),
      });
      const prefix = this.#prefix(spec.name);
      const tail: string[] = [];
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream }).on('line', (line) => {
          tail.push(line);
          if (tail.length > 40) tail.shift();
          if (process.env.EDUSCALE_VERBOSE) this.#log.write(`${prefix} ${line}\n`);
        });
      }
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0) return resolve();
        this.#log.write(tail.map((line) => `${prefix} ${line}\n`).join(''));
        reject(new Error(`${spec.name}: ${spec.command} exited with ${code}`));
      });
    });
  }

  /** Stops one process (by name) and waits for it to exit. */
  async stop(name: string, timeoutMs = 10_000): Promise<void> {
    const entries = this.#children.filter((entry) => entry.spec.name === name);
    await Promise.all(entries.map(({ spec, child }) => stopChild(child, spec.stopSignal ?? 'SIGTERM', timeoutMs)));
  }

  async stopAll(timeoutMs = 10_000): Promise<void> {
    this.#stopping = true;
    for (const { spec, child } of [...this.#children].reverse()) {
      await stopChild(child, spec.stopSignal ?? 'SIGTERM', timeoutMs);
    }
  }

  #prefix(name: string): string {
    const color = COLORS[this.#colorIndex++ % COLORS.length];
    return (this.#log as { isTTY?: boolean }).isTTY ? `\x1b[${color}m${name.padEnd(16)}|\x1b[0m` : `${name.padEnd(16)}|`;
  }
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      // Anything the program left behind in its group goes with it.
      killGroup(child, 'SIGKILL');
      resolve();
    });
    killGroup(child, signal, false);
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals, wholeGroup = true): void {
  try {
    if (child.pid === undefined) return;
    if (wholeGroup) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}

/** An output stream that drops everything: for supervisors whose children's logs are noise. */
export function discardOutput(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}
