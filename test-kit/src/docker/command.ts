import { spawn } from 'node:child_process';

export interface CommandOptions {
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Ended as stalled when it prints nothing (stdout or stderr) for this long. */
  quietLimitMs?: number;
  /** Ended as stalled when it runs this long, printing or not. */
  timeoutMs?: number;
}

/** A command ended by the watchdog: it printed nothing for too long, or ran too long. */
export class CommandStalled extends Error {
  override name = 'CommandStalled';
}

const TAIL_CHARS = 3_000;

/**
 * Runs a command without blocking the event loop and resolves with its stdout. A watchdog ends
 * it (SIGTERM, then SIGKILL) when it goes quiet or runs past its time, so a client waiting on a
 * daemon that will never answer is a CommandStalled the caller can act on, not a hang.
 */
export function runCommand(command: string, args: string[], options: CommandOptions = {}): Promise<string> {
  const label = `${command.split('/').at(-1)} ${args.slice(0, 2).join(' ')}`;
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  let tail = '';
  let lastOutputAt = Date.now();
  const startedAt = Date.now();
  const heard = (chunk: Buffer) => {
    lastOutputAt = Date.now();
    tail = (tail + chunk.toString()).slice(-TAIL_CHARS);
  };
  child.stdout.on('data', (chunk: Buffer) => { stdout.push(chunk); heard(chunk); });
  child.stderr.on('data', heard);
  child.stdin.on('error', () => {}); // a command that exits before reading its input
  child.stdin.end(options.input ?? '');

  return new Promise((resolve, reject) => {
    let stalled: string | undefined;
    const watchdog = setInterval(() => {
      const now = Date.now();
      if (options.quietLimitMs !== undefined && now - lastOutputAt > options.quietLimitMs) stalled = `no output for ${Math.round((now - lastOutputAt) / 1000)} s`;
      else if (options.timeoutMs !== undefined && now - startedAt > options.timeoutMs) stalled = `still running after ${Math.round((now - startedAt) / 1000)} s`;
      if (stalled === undefined) return;
      clearInterval(watchdog);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    }, 1_000);
    child.once('error', (error) => {
      clearInterval(watchdog);
      reject(new Error(`${label} did not start: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      clearInterval(watchdog);
      if (stalled !== undefined) reject(new CommandStalled(`${label} stalled (${stalled}); its last output:\n${tail}`));
      else if (code === 0) resolve(Buffer.concat(stdout).toString('utf8'));
      else reject(new Error(`${label} failed (${code ?? signal ?? 'unknown'}): ${tail}`));
    });
  });
}
