import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { collectCapped } from '../capped-buffer.ts';
import { SandboxFault, type ExecResult, type Limits } from '../sandbox.ts';
import type { CgroupSlot } from './cgroups.ts';

const STDERR_CAP = 64 * 1024;
const POLL_MS = 25;

export interface SandboxedCommand {
  /** The wrapper command line (sh joining cgroups, setting rlimits, becoming bwrap to run the command it ends with). */
  wrapper: string[];
  /** bwrap's options, handed over on their pipe. */
  bwrapOptions: string[];
  seccomp: Buffer;
  stdin: string | Buffer;
  limits: Limits;
  uid: number | undefined;
  cgroup: CgroupSlot | undefined;
}

/**
 * Starts one sandbox and turns what happened into an ExecResult. Whether the sandbox failed is
 * decided from one channel only: the byte the launcher writes on the status pipe just before it
 * becomes the program. Without it nothing of the program ran, so the failure is ours (bwrap, the
 * wrapper, the host) and throws; with it, every exit status, signal and byte of stderr is the
 * program's own, whatever it looks like.
 */
export function spawnSandboxed(command: SandboxedCommand): Promise<ExecResult> {
  const { limits, cgroup } = command;
  if (command.bwrapOptions.some((arg) => arg.includes('\0'))) return Promise.reject(new SandboxFault('refusing a sandbox argument with a NUL byte'));

  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/bin/sh', command.wrapper, {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe', 'pipe'],
      detached: true,
      // The sandbox's pid 1 (bwrap) keeps the wrapper's environment and working folder: no host path in either.
      cwd: '/',
      env: {},
      // libuv drops supplementary groups and sets gid then uid in the child, before exec.
      ...(command.uid === undefined ? {} : { uid: command.uid, gid: command.uid }),
    });
    const [stdin, out, errOut, seccompPipe, statusPipe, argsPipe] = child.stdio as unknown as (Writable & Readable)[];
    if (!stdin || !out || !errOut || !seccompPipe || !statusPipe || !argsPipe) throw new SandboxFault('sandbox started without its pipes');
    let programStarted = false;
    statusPipe.once('data', () => (programStarted = true));
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
    // all, so a busy loop is stopped within a poll of its limit. A program thrashing at its memory
    // limit is stopped for memory, which is what it ran out of, before its time runs out.
    const poll = cgroup && setInterval(() => {
      if (cgroup.cpuMs() > limits.cpuMs) kill('cpu');
      else if (cgroup.isThrashing()) kill('memory');
    }, POLL_MS);
    const stdout = collectCapped(out, limits.outputBytes, () => kill('output'));
    const stderr = collectCapped(errOut, STDERR_CAP);
    // The program may exit without reading its input; bwrap may die before reading its pipes.
    send(stdin, command.stdin);
    send(seccompPipe, command.seccomp);
    send(argsPipe, Buffer.from(command.bwrapOptions.map((arg) => `${arg}\0`).join('')));

    const stopTimers = () => {
      clearTimeout(wallTimer);
      if (poll) clearInterval(poll);
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
      if (!programStarted) {
        const why = limitHit ? `killed (${limitHit})` : signal ? `killed by ${signal}` : `exit ${code}`;
        return reject(new SandboxFault(`the sandbox did not start the program (${why}): ${err.buffer.toString('utf8', 0, 500)}`));
      }
      const usage = cgroup?.usage();
      const cpuMs = usage?.cpuMs ?? wallMs;
      // bwrap reports "killed by signal N" as status 128 + N, like a shell: a program may also
      // exit with that status itself, so the status stays the program's and the CPU limit is
      // judged from the cgroup's count, never from a status that claims SIGXCPU.
      const exitSignal = signal ?? signalFromStatus(code);
      if (usage?.oomKilled) limitHit ??= 'memory';
      if (exitSignal === 'SIGXFSZ') limitHit ??= 'file';
      if (cpuMs > limits.cpuMs || (!cgroup && exitSignal === 'SIGXCPU')) limitHit ??= 'cpu';
      const output = stdout.result();
      resolve({
        exitCode: signal ? null : code,
        signal: exitSignal,
        stdout: output.buffer,
        stderr: err.buffer,
        outputTruncated: output.truncated,
        cpuMs: Math.round(cpuMs * 100) / 100,
        wallMs: Math.round(wallMs * 100) / 100,
        memoryBytes: usage?.memoryBytes ?? 0,
        limitHit,
      });
    });
  });
}

function send(pipe: Writable, data: string | Buffer): void {
  pipe.on('error', () => {});
  pipe.end(data);
}

/** bwrap reports a child killed by signal N as exit status 128 + N. */
function signalFromStatus(code: number | null): string | null {
  if (code === null || code <= 128 || code > 128 + 64) return null;
  const names: Record<number, string> = { 1: 'SIGHUP', 2: 'SIGINT', 4: 'SIGILL', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 11: 'SIGSEGV', 13: 'SIGPIPE', 15: 'SIGTERM', 24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS' };
  return names[code - 128] ?? `SIG${code - 128}`;
}
