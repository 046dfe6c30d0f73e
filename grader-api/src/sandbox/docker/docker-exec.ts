import type { Duplex } from 'node:stream';
import { PassThrough } from 'node:stream';
import type Dockerode from 'dockerode';
import { collectCapped } from '../capped-buffer.ts';
import { SandboxFault } from '../sandbox.ts';

export interface ExecIo {
  stdin?: string | Buffer;
  stdoutCap: number;
  stderrCap: number;
  /** Called once when stdout passes its cap. */
  onOverflow?: () => void;
}

export interface ExecOutcome {
  status: number;
  stdout: Buffer;
  stderr: Buffer;
  stdoutTruncated: boolean;
  wallMs: number;
}

export interface RunningExec {
  done: Promise<ExecOutcome>;
  /** Stops waiting for the output (the exec may still run in the box). */
  abandon(): void;
}

/** Starts an exec with stdin attached (a hijacked connection) and collects its demuxed output. */
export async function startExec(docker: Dockerode, container: Dockerode.Container, options: Dockerode.ExecCreateOptions, io: ExecIo): Promise<RunningExec> {
  const exec = await container.exec(options);
  const stream = (await exec.start({ hijack: true, stdin: true })) as Duplex;
  const started = performance.now();
  const out = new PassThrough();
  const err = new PassThrough();
  docker.modem.demuxStream(stream, out, err);
  const stdout = collectCapped(out, io.stdoutCap, io.onOverflow);
  const stderr = collectCapped(err, io.stderrCap);
  const ended = new Promise<void>((resolve) => {
    const finish = () => {
      out.end();
      err.end();
      resolve();
    };
    stream.once('end', finish);
    stream.once('close', finish);
    stream.once('error', finish);
  });
  stream.on('error', () => {}); // a reset after the end is no news
  // Ending our half of the connection is what closes the program's stdin.
  stream.end(io.stdin ?? '');

  const done = (async (): Promise<ExecOutcome> => {
    await ended;
    const wallMs = performance.now() - started;
    await Promise.all([stdout.done, stderr.done]);
    const status = await exitStatus(exec);
    const out = stdout.result();
    return { status, stdout: out.buffer, stderr: stderr.result().buffer, stdoutTruncated: out.truncated, wallMs };
  })();
  done.catch(() => {}); // whoever awaits it sees the rejection; an abandoned exec is no crash
  return { done, abandon: () => stream.destroy() };
}

/** Runs an exec to its end; a harness exec that fails or hangs is the infrastructure's fault. */
export async function runExec(docker: Dockerode, container: Dockerode.Container, options: Dockerode.ExecCreateOptions, io: ExecIo & { timeoutMs: number }): Promise<ExecOutcome> {
  const running = await startExec(docker, container, options, io);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      running.abandon();
      reject(new SandboxFault(`a harness command in the box did not finish within ${io.timeoutMs} ms`));
    }, io.timeoutMs);
  });
  try {
    return await Promise.race([running.done, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// The hijacked stream can end a moment before the engine records the exit code.
async function exitStatus(exec: Dockerode.Exec): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const info = await exec.inspect();
    if (!info.Running && info.ExitCode !== null) return info.ExitCode;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new SandboxFault('the engine never reported how the exec ended');
}
