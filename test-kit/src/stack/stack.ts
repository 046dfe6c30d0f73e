import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from '../databases/migrate.ts';
import { ensureSystemPackages, OBSERVABILITY_EXTRAS } from '../install/system-packages.ts';
import { REPO_ROOT } from '../paths.ts';
import { freePort, isPortFree, waitForPort } from '../processes/ports.ts';
import type { Supervisor } from '../processes/supervisor.ts';
import { startNginx } from '../servers/nginx.ts';
import { startPostgres } from '../servers/postgres.ts';
import { startRedis } from '../servers/redis.ts';
import { startObservability } from './observability.ts';
import { APP_SERVICES, type ServiceSpec } from './topology.ts';
import { buildUiIfStale } from './ui-build.ts';

export interface StackOptions {
  dataDir: string;
  nginxPort: number;
  /** Throwaway stacks (tests) skip fsync and use free ports for every service. */
  ephemeral: boolean;
  /** Free ports for the app services even in a durable stack (a second stack beside one on 4000…). */
  freePorts?: boolean;
  /** External servers instead of the stack's own. */
  databaseUrl?: string;
  redisUrl?: string;
  /** Extra environment for the app services (e.g. limits a test wants). */
  serviceEnv?: NodeJS.ProcessEnv;
  /** The caller's supervisor, so a signal during start-up still stops what has started. */
  supervisor: Supervisor;
  /** Also run Prometheus and the exporters (docs/OPERATIONS.md, "Monitoring"); `npm start` sets it from OBSERVABILITY=1. */
  observability?: boolean;
}

export interface Stack {
  url: string;
  databaseUrl: string;
  redisUrl: string;
  /** Loopback URL of each app service's first process (tests talk to services directly too). */
  serviceUrl(name: string): string;
  /** Loopback URLs of every process of a scaled service. */
  serviceUrls(name: string): string[];
  /** Set when the stack runs Prometheus (`observability`). */
  prometheusUrl?: string;
  supervisor: Supervisor;
  stop(): Promise<void>;
}

interface StackState {
  postgres: { port: number; password: string };
  redis: { port: number };
}

/** Ports and the database password are chosen once and kept, so a second start reuses the data. */
async function loadState(dataDir: string): Promise<StackState> {
  const file = join(dataDir, 'stack.json');
  const state: StackState = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : { postgres: { port: await freePort(), password: randomBytes(18).toString('base64url') }, redis: { port: await freePort() } };
  if (!(await isPortFree(state.postgres.port))) state.postgres.port = await freePort();
  if (!(await isPortFree(state.redis.port))) state.redis.port = await freePort();
  writeFileSync(file, JSON.stringify(state, null, 2), { mode: 0o600 });
  return state;
}

async function servicePorts(spec: ServiceSpec, ephemeral: boolean): Promise<number[]> {
  const ports: number[] = [];
  for (let i = 0; i < spec.replicas; i++) ports.push(ephemeral ? await freePort() : spec.port + i);
  return ports;
}

function serviceProcess(spec: ServiceSpec, port: number, env: NodeJS.ProcessEnv, uiBuild: string) {
  const cwd = join(REPO_ROOT, spec.workspace ?? spec.name);
  const command = process.execPath;
  if (spec.name === 'programming-ui') {
    return { name: spec.name, command, args: [join(uiBuild, 'server', 'entry.mjs')], cwd, env: { ...env, HOST: '127.0.0.1', PORT: String(port) } };
  }
  return { name: spec.name, command, args: ['src/main.ts'], cwd, env: { ...env, PORT: String(port) } };
}

export async function startStack(options: StackOptions): Promise<Stack> {
  mkdirSync(options.dataDir, { recursive: true });
  const { supervisor } = options;
  const stop = () => supervisor.stopAll();
  try {
    const state = await loadState(options.dataDir);
    const uiBuild = buildUiIfStale(supervisor);
    const [databaseUrl, redisUrl] = await Promise.all([
      options.databaseUrl ??
        startPostgres(supervisor, { dataDir: join(options.dataDir, 'postgres'), ...state.postgres, ephemeral: options.ephemeral }),
      options.redisUrl ?? startRedis(supervisor, { dataDir: join(options.dataDir, 'redis'), port: state.redis.port }),
    ]);
    await migrate(supervisor, databaseUrl);
    const baseEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      PUBLIC_ORIGIN: `http://localhost:${options.nginxPort}`,
      TRUST_PROXY: 'true',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      ...options.serviceEnv,
    };
    const [, , uiBuildDir] = await Promise.all([
      supervisor.run({ name: 'seed', command: process.execPath, args: ['src/catalogue/seed.ts'], cwd: join(REPO_ROOT, 'programming-api'), env: baseEnv }),
      supervisor.run({ name: 'grader-prepare', command: process.execPath, args: ['src/prepare.ts'], cwd: join(REPO_ROOT, 'grader-api'), env: baseEnv }),
      uiBuild,
    ]);

    const ports = new Map<ServiceSpec, number[]>();
    for (const spec of APP_SERVICES) ports.set(spec, await servicePorts(spec, options.ephemeral || options.freePorts === true));
    const serviceUrls = (name: string) => {
      const specPorts = [...ports].find(([spec]) => spec.name === name)?.[1];
      if (!specPorts) throw new Error(`the stack runs no ${name}`);
      return specPorts.map((port) => `http://127.0.0.1:${port}`);
    };
    const serviceUrl = (name: string) => serviceUrls(name)[0] ?? '';
    baseEnv.API_INTERNAL_URL = serviceUrl('programming-api');
    baseEnv.BATTLE_API_INTERNAL_URL = serviceUrl('battle-api');
    for (const [spec, specPorts] of ports) {
      for (const port of specPorts) supervisor.start(serviceProcess(spec, port, baseEnv, uiBuildDir));
    }
    await Promise.all([...ports.values()].flat().map((port) => waitForPort(port)));
    const nginxDir = join(options.dataDir, 'nginx');
    // NGINX removes its status socket on a clean stop only; a stale one would fail its bind.
    rmSync(join(nginxDir, 'status.sock'), { force: true });
    await startNginx(supervisor, {
      runtimeDir: nginxDir,
      port: options.nginxPort,
      upstreams: Object.fromEntries([...ports].map(([spec, specPorts]) => [spec.name.toUpperCase().replace(/-/g, '_'), specPorts])),
    });
    const prometheusUrl = options.observability
      ? await observe({ supervisor, dataDir: options.dataDir, ephemeral: options.ephemeral, ports, databaseUrl, redisUrl, nginxDir })
      : undefined;
    return { url: `http://localhost:${options.nginxPort}`, databaseUrl, redisUrl, serviceUrl, serviceUrls, prometheusUrl, supervisor, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function observe(options: { supervisor: Supervisor; dataDir: string; ephemeral: boolean; ports: Map<ServiceSpec, number[]>; databaseUrl: string; redisUrl: string; nginxDir: string }): Promise<string> {
  ensureSystemPackages(OBSERVABILITY_EXTRAS);
  // The UI has no /metrics; the blackbox exporter probes its /health instead.
  const byJob = (wanted: (spec: ServiceSpec) => boolean) =>
    Object.fromEntries([...options.ports].filter(([spec]) => wanted(spec)).map(([spec, specPorts]) => [spec.name, specPorts]));
  const url = await startObservability(options.supervisor, {
    dataDir: options.dataDir,
    ephemeral: options.ephemeral,
    metricsPorts: byJob((spec) => spec.name !== 'programming-ui'),
    probedPorts: byJob((spec) => spec.name === 'programming-ui'),
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    nginxStatusSocket: join(options.nginxDir, 'status.sock'),
  });
  console.log(`[eduscale] Prometheus (alerts from observability/prometheus/alerts.yml): ${url}`);
  return url;
}
