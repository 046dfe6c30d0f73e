import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
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
export function buildStandIns(engine: DockerEngine): StandInImages {
  importDebianBase(engine);
  const rustToolchain = realpathSync(execFileSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' }).trim());
  const goRoot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  const npm = realpathSync(join(execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim(), 'npm'));
  const rustup = realpathSync(execFileSync('sh', ['-c', 'command -v rustup'], { encoding: 'utf8' }).trim());
  const toolchain = basename(rustToolchain);
  importFiles(engine, 'eduscale-local/files:rust', [rustToolchain, rustup], [`${toolchain}/share/doc`]);
  importFiles(engine, 'eduscale-local/files:go', [goRoot], [`${basename(goRoot)}/test`, `${basename(goRoot)}/pkg/obj`]);
  const node = realpathSync(process.execPath);
  const images = STAND_IN_IMAGES;
  importFiles(engine, 'eduscale-local/files:node', [node, npm]);
  build(engine, images.NODE_IMAGE, `FROM ${LOCAL_DEBIAN}
COPY --from=eduscale-local/files:node /${basename(node)} /usr/local/bin/node
COPY --from=eduscale-local/files:node /npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node`);
  build(engine, images.GO_IMAGE, `FROM ${LOCAL_DEBIAN}
COPY --from=eduscale-local/files:go /${basename(goRoot)} /usr/local/go
ENV PATH=/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`);
  build(engine, images.RUST_IMAGE, `FROM ${LOCAL_DEBIAN}
ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
COPY --from=eduscale-local/files:rust /${toolchain} /usr/local/rustup/toolchains/${toolchain}
COPY --from=eduscale-local/files:rust /rustup /usr/local/cargo/bin/rustup
RUN printf 'version = "12"\\ndefault_toolchain = "${toolchain}"\\nprofile = "minimal"\\n' > /usr/local/rustup/settings.toml \\
 && for tool in rustc cargo clippy-driver cargo-clippy; do ln -s rustup /usr/local/cargo/bin/$tool; done`);
  build(engine, images.PYTHON_IMAGE, `FROM ${LOCAL_DEBIAN}
ENV PIP_BREAK_SYSTEM_PACKAGES=1
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip ca-certificates \\
 && ln -s /usr/bin/python3 /usr/local/bin/python && ln -s /usr/bin/pip3 /usr/local/bin/pip && rm -rf /var/lib/apt/lists/*`);
  return images;
}

function importDebianBase(engine: DockerEngine): void {
  if (!existsSync(BASE_TAR)) {
    mkdirSync(CACHE, { recursive: true });
    const rootfs = join(CACHE, `rootfs-${process.pid}`);
    console.log('[docker] debootstrap --variant=minbase bookworm (the base image no registry can give)');
    try {
      execFileSync('debootstrap', ['--variant=minbase', 'bookworm', rootfs, 'http://deb.debian.org/debian'], { stdio: ['ignore', 'ignore', 'inherit'] });
      execFileSync('tar', ['-C', rootfs, '-cf', `${BASE_TAR}.partial`, '.']);
      renameSync(`${BASE_TAR}.partial`, BASE_TAR);
    } finally {
      rmSync(rootfs, { recursive: true, force: true });
    }
  }
  engine.docker(['import', '--change', 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', '--change', 'CMD ["bash"]', BASE_TAR, BOOTSTRAP]);
  // Builds fetch from npm and PyPI through this machine's TLS, so they trust what the host trusts
  // (it may add its own authorities). A path of its own: installing ca-certificates rewrites the usual one.
  importFiles(engine, 'eduscale-local/files:ca', [HOST_CA_BUNDLE]);
  build(engine, LOCAL_DEBIAN, `FROM ${BOOTSTRAP}
COPY --from=eduscale-local/files:ca /${basename(HOST_CA_BUNDLE)} ${IMAGE_CA_BUNDLE}
ENV SSL_CERT_FILE=${IMAGE_CA_BUNDLE} PIP_CERT=${IMAGE_CA_BUNDLE} NODE_EXTRA_CA_CERTS=${IMAGE_CA_BUNDLE}`);
}

/**
 * An image holding only files (never run, only copied from), one top-level entry per host path,
 * named by its basename; `excluded` are paths below those names.
 */
function importFiles(engine: DockerEngine, tag: string, paths: string[], excluded: string[] = []): void {
  const members = paths.flatMap((path) => ['-C', dirname(path), basename(path)]);
  const tarArgs = ['-cf', '-', ...excluded.map((path) => `--exclude=${path}`), ...members];
  // The positional parameters carry the arguments, so no path is ever parsed by the shell.
  execFileSync('sh', ['-c', 'tar "$@" | "$DOCKER_CLI" import - "$TAG" > /dev/null', 'sh', ...tarArgs], {
    env: { ...process.env, DOCKER_HOST: engine.dockerHost, DOCKER_CLI, TAG: tag },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function build(engine: DockerEngine, tag: string, dockerfile: string): void {
  engine.docker(['build', '--network', 'host', '--tag', tag, '-'], { input: dockerfile });
}

