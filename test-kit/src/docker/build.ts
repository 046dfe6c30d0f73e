import { CommandStalled } from './command.ts';
import type { DockerEngine } from './engine.ts';

export interface BuildSpec {
  tag: string;
  /** `docker build` arguments before the context (file, build arguments). */
  args: string[];
  /** A path, or `-` with the Dockerfile as `dockerfile`. */
  context: string;
  dockerfile?: string;
}

// Far above what a whole build takes here, let alone a quiet step in one (the longest, the runner
// image, takes 65 s on a quiet machine and under 3 min beside other tests): a build that outlives
// these waits on an engine that will never answer, and says so rather than hanging the run.
const QUIET_LIMIT_MS = 8 * 60_000;
const BUILD_LIMIT_MS = 20 * 60_000;

/** Builds an image with BuildKit's plain progress; a stalled build fails with the daemon's log named. */
export async function buildImage(engine: DockerEngine, spec: BuildSpec): Promise<void> {
  const args = ['build', '--network', 'host', '--progress', 'plain', ...spec.args, '--tag', spec.tag, spec.context];
  try {
    await engine.docker(args, { input: spec.dockerfile, quietLimitMs: QUIET_LIMIT_MS, timeoutMs: BUILD_LIMIT_MS });
  } catch (error) {
    if (error instanceof CommandStalled) throw new Error(`building ${spec.tag}: ${error.message}\n(the engine's log: ${engine.logFile})`, { cause: error });
    throw error;
  }
}
