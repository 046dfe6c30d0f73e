import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { buildImage } from './build.ts';
import { runCommand } from './command.ts';
import { DOCKER_CLI, type DockerEngine } from './engine.ts';

const CACHE = join(REPO_ROOT, '.cache', 'docker');
const BASE_TAR = join(CACHE, 'debian-bookworm-minbase.tar');
export const LOCAL_DEBIAN = 'eduscale-local/debian:12';
const BOOTSTRAP = 'eduscale-local/debian-bootstrap:12';
const HOST_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
const IMAGE_CA_BUNDLE = '/usr/local/share/host-ca-bundle.crt';

/** Build arguments naming each upstream base image's stand-in (the Dockerfiles' ARG names). */
export interface StandInImages {
  DEBIAN_IMAGE: string;
  NODE_IMAGE: string;
  GO_IMAGE: string;
  RUST_IMAGE: string;
  PYTHON_IMAGE: string;
}

export const STAND_IN_IMAGES: StandInImages = {
  DEBIAN_IMAGE: LOCAL_DEBIAN,
  NODE_IMAGE: 'eduscale-local/node:24',
  GO_IMAGE: 'eduscale-local/golang:1.26',
  RUST_IMAGE: 'eduscale-local/rust:1.95',
  PYTHON_IMAGE: 'eduscale-local/python:3.11',
};

/**
 * No registry is reachable here, so the Dockerfiles' upstream bases (debian, node, golang, rust,
 * python) are replaced by stand-ins with the same layout: a Debian bootstrap (debootstrap
 * --variant=minbase, cached under .cache/docker) plus the host's own toolchains at the paths the
 * official images use. The Dockerfiles are unchanged; only their base-image arguments differ.
 */
export async function buildStandIns(engine: DockerEngine, log: (line: string) => void): Promise<StandInImages> {
  await importDebianBase(engine, log);
  // Independent of each other, so built side by side.
  await Promise.all([nodeStandIn(engine), goStandIn(engine), rustStandIn(engine), pythonStandIn(engine)]);
  return STAND_IN_IMAGES;
}

const hostOutput = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' }).trim();
const buildFrom = (engine: DockerEngine, tag: string, dockerfile: string) => buildImage(engine, { tag, args: [], context: '-', dockerfile });

async function nodeStandIn(engine: DockerEngine): Promise<void> {
  const node = realpathSync(process.execPath);
  const npm = realpathSync(join(hostOutput('npm', ['root', '-g']), 'npm'));
  await importFiles(engine, 'eduscale-local/files:node', [node, npm]);
  await buildFrom(engine, STAND_IN_IMAGES.NODE_IMAGE, `FROM ${LOCAL_DEBIAN}
COPY --from=eduscale-local/files:node /${basename(node)} /usr/local/bin/node
COPY --from=eduscale-local/files:node /npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node`);
}

async function goStandIn(engine: DockerEngine): Promise<void> {
  const goRoot = hostOutput('go', ['env', 'GOROOT']);
  await importFiles(engine, 'eduscale-local/files:go', [goRoot], [`${basename(goRoot)}/test`, `${basename(goRoot)}/pkg/obj`]);
  await buildFrom(engine, STAND_IN_IMAGES.GO_IMAGE, `FROM ${LOCAL_DEBIAN}
COPY --from=eduscale-local/files:go /${basename(goRoot)} /usr/local/go
ENV PATH=/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`);
}

async function rustStandIn(engine: DockerEngine): Promise<void> {
  const rustToolchain = realpathSync(hostOutput('rustc', ['--print', 'sysroot']));
  const rustup = realpathSync(hostOutput('sh', ['-c', 'command -v rustup']));
  const toolchain = basename(rustToolchain);
  await importFiles(engine, 'eduscale-local/files:rust', [rustToolchain, rustup], [`${toolchain}/share/doc`]);
  await buildFrom(engine, STAND_IN_IMAGES.RUST_IMAGE, `FROM ${LOCAL_DEBIAN}
ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
COPY --from=eduscale-local/files:rust /${toolchain} /usr/local/rustup/toolchains/${toolchain}
COPY --from=eduscale-local/files:rust /rustup /usr/local/cargo/bin/rustup
RUN printf 'version = "12"\\ndefault_toolchain = "${toolchain}"\\nprofile = "minimal"\\n' > /usr/local/rustup/settings.toml \\
 && for tool in rustc cargo clippy-driver cargo-clippy; do ln -s rustup /usr/local/cargo/bin/$tool; done`);
}

function pythonStandIn(engine: DockerEngine): Promise<void> {
  return buildFrom(engine, STAND_IN_IMAGES.PYTHON_IMAGE, `FROM ${LOCAL_DEBIAN}
ENV PIP_BREAK_SYSTEM_PACKAGES=1
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip ca-certificates \\
 && ln -s /usr/bin/python3 /usr/local/bin/python && ln -s /usr/bin/pip3 /usr/local/bin/pip && rm -rf /var/lib/apt/lists/*`);
}

async function importDebianBase(engine: DockerEngine, log: (line: string) => void): Promise<void> {
  if (!existsSync(BASE_TAR)) {
    mkdirSync(CACHE, { recursive: true });
    const rootfs = join(CACHE, `rootfs-${process.pid}`);
    log('[docker] debootstrap --variant=minbase bookworm (the base image no registry can give)');
    try {
      await runCommand('debootstrap', ['--variant=minbase', 'bookworm', rootfs, 'http://deb.debian.org/debian']);
      await runCommand('tar', ['-C', rootfs, '-cf', `${BASE_TAR}.partial`, '.']);
      renameSync(`${BASE_TAR}.partial`, BASE_TAR);
    } finally {
      rmSync(rootfs, { recursive: true, force: true });
    }
  }
  await engine.docker(['import', '--change', 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', '--change', 'CMD ["bash"]', BASE_TAR, BOOTSTRAP]);
  // Builds fetch from npm and PyPI through this machine's TLS, so they trust what the host trusts
  // (it may add its own authorities). A path of its own: installing ca-certificates rewrites the usual one.
  await importFiles(engine, 'eduscale-local/files:ca', [HOST_CA_BUNDLE]);
  await buildFrom(engine, LOCAL_DEBIAN, `FROM ${BOOTSTRAP}
COPY --from=eduscale-local/files:ca /${basename(HOST_CA_BUNDLE)} ${IMAGE_CA_BUNDLE}
ENV SSL_CERT_FILE=${IMAGE_CA_BUNDLE} PIP_CERT=${IMAGE_CA_BUNDLE} NODE_EXTRA_CA_CERTS=${IMAGE_CA_BUNDLE}`);
}

/**
 * An image holding only files (never run, only copied from), one top-level entry per host path,
 * named by its basename; `excluded` are paths below those names.
 */
async function importFiles(engine: DockerEngine, tag: string, paths: string[], excluded: string[] = []): Promise<void> {
  const members = paths.flatMap((path) => ['-C', dirname(path), basename(path)]);
  const tarArgs = ['-cf', '-', ...excluded.map((path) => `--exclude=${path}`), ...members];
  // The positional parameters carry the arguments, so no path is ever parsed by the shell.
  await runCommand('sh', ['-c', 'tar "$@" | "$DOCKER_CLI" import - "$TAG" > /dev/null', 'sh', ...tarArgs], {
    env: { ...process.env, DOCKER_HOST: engine.dockerHost, DOCKER_CLI, TAG: tag },
  });
}

