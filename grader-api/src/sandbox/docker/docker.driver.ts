import { randomBytes } from 'node:crypto';
import Dockerode from 'dockerode';
import { SandboxFault, type Box, type BoxOptions, type Sandbox, type SandboxInfo } from '../sandbox.ts';
import { Slots } from '../slots.ts';
import { LABELS } from './container-spec.ts';
import { DockerBox } from './docker-box.ts';
import { dockerOptions } from './docker-connection.ts';

export interface DockerSandboxOptions {
  /** unix:// or tcp:// (the socket proxy); unset means the default socket. */
  dockerHost?: string | undefined;
  /** The runner image (grader-image/). */
  image: string;
  /** How many steps may run at once, across all boxes. */
  concurrency: number;
  /** Slots one owner may hold at once (default: all but one). */
  sandboxesPerUser?: number;
}

/**
 * One container per box, from the runner image, with no network, a read-only root and tmpfs
 * work dirs; each step is an exec in it, run and measured by the harness in step-scripts.ts.
 */
export class DockerSandbox implements Sandbox {
  readonly #options: DockerSandboxOptions;
  readonly #docker: Dockerode;
  readonly #slots: Slots;
  /** Labels this grader's boxes, so close() removes its own and never another replica's. */
  readonly #sandboxId = randomBytes(8).toString('hex');

  constructor(options: DockerSandboxOptions) {
    this.#options = options;
    this.#docker = new Dockerode(dockerOptions(options.dockerHost));
    this.#slots = new Slots(options.concurrency, { maxPerOwner: options.sandboxesPerUser });
  }

  info(): SandboxInfo {
    return {
      driver: 'docker',
      enforcement: { cpuTime: 'cgroup', memory: 'cgroup', processes: 'cgroup', network: 'namespace' },
      notes: [
        `image ${this.#options.image}`,
        'CPU time is the box cgroup’s counter, polled every 20 ms inside the box; it includes the start of the step’s exec (a few ms)',
        'memory is the peak resident set of the program (GNU time), 0 when the step was killed whole (CPU or output limit)',
      ],
    };
  }

  createBox(files: Record<string, string>, options: BoxOptions = {}): Promise<Box> {
    return DockerBox.create({ docker: this.#docker, slots: this.#slots }, { image: this.#options.image, sandboxId: this.#sandboxId, files, owner: options.owner });
  }

  async close(): Promise<void> {
    await this.#slots.drain();
    let leftovers: Dockerode.ContainerInfo[];
    try {
      leftovers = await this.#docker.listContainers({ all: true, filters: { label: [`${LABELS.sandbox}=${this.#sandboxId}`] } });
    } catch (error) {
      throw new SandboxFault(`could not list this grader's boxes: ${(error as Error).message}`, { cause: error });
    }
    await Promise.all(leftovers.map((info) => this.#docker.getContainer(info.Id).remove({ force: true }).catch(() => {})));
  }
}
