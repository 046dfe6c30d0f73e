/**
 * The one interface every sandbox driver implements. A Box is a private work folder for one
 * run (one submission or one "Run" click): sources go in once, then commands execute in it,
 * each in a fresh sandbox with its own limits. User code failing is a result, never a throw;
 * only infrastructure faults throw.
 */

export interface Limits {
  /** CPU time of every process in the sandbox together. */
  cpuMs: number;
  /** Wall-clock backstop for programs that sleep or block. */
  wallMs: number;
  memoryBytes: number;
  processes: number;
  /** stdout beyond this is cut off and the program killed. */
  outputBytes: number;
  /** Largest file the program may write. */
  fileBytes: number;
}

export interface ExecRequest {
  argv: string[];
  stdin?: string | Buffer;
  limits: Limits;
  /** Compilers write their output into the box; programs under test get it read-only. */
  writableBox: boolean;
  env?: Record<string, string>;
  /** Named toolchain mounts the driver knows how to provide (e.g. "rust", "go-cache"). */
  toolchains?: readonly Toolchain[];
}

export type Toolchain = 'rust' | 'go-cache';

export type LimitHit = 'cpu' | 'wall' | 'memory' | 'output' | 'file' | null;

export interface ExecResult {
  /**
   * The status the program ended with, as a shell reports it: 128 + N when signal N killed it,
   * which a program may also exit with itself, so it is never read as the sandbox's. Null only
   * when the grader killed it (a limit).
   */
  exitCode: number | null;
  /** The signal the status names (or the grader sent): informational, never trusted for a verdict of its own. */
  signal: string | null;
  stdout: Buffer;
  stderr: Buffer;
  /** stdout exceeded limits.outputBytes (it holds the first outputBytes bytes). */
  outputTruncated: boolean;
  cpuMs: number;
  wallMs: number;
  memoryBytes: number;
  limitHit: LimitHit;
}

export interface Box {
  readonly id: string;
  exec(request: ExecRequest): Promise<ExecResult>;
  dispose(): Promise<void>;
}

/** What this host enforces: the conformance suite reads it to mark what cannot be tested here. */
export interface Enforcement {
  cpuTime: 'cgroup' | 'rlimit';
  memory: 'cgroup' | 'none';
  processes: 'cgroup' | 'rlimit';
  /** namespace: a private network namespace (its own loopback at most); +seccomp: no network sockets at all. */
  network: 'namespace+seccomp' | 'namespace' | 'none';
}

export interface SandboxInfo {
  driver: 'bubblewrap' | 'docker';
  enforcement: Enforcement;
  notes: string[];
}

export interface BoxOptions {
  /** Whose code the box runs (a user): sandboxes are shared fairly between owners; a box without one is an owner of its own. */
  owner?: string;
}

export interface Sandbox {
  info(): SandboxInfo;
  /** A fresh box holding these files (name → content), owned by the sandbox user. */
  createBox(files: Record<string, string>, options?: BoxOptions): Promise<Box>;
  close(): Promise<void>;
}

export class SandboxFault extends Error {
  override name = 'SandboxFault';
}

/**
 * The names a box may hold: one path component, not hidden, at most 100 bytes (a ustar header's
 * name field, which the docker driver's archive uses). Languages turn other names (a 300-character Java class) into
 * a compilation error before a box is made; reaching this is the grader's own bug.
 */
export function assertBoxFileName(name: string): void {
  const fits = name.length > 0 && !/[/\0]/.test(name) && !name.startsWith('.') && Buffer.byteLength(name) <= MAX_BOX_FILE_NAME_BYTES;
  if (!fits) throw new SandboxFault(`refusing box file name ${JSON.stringify(name.slice(0, 80))}`);
}

export const MAX_BOX_FILE_NAME_BYTES = 100;
