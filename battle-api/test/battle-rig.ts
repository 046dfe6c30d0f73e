/**
 * Battle servers of a test's own: a scratch database cloned from the migrated template
 * `npm test` prepares, a Redis prefix of its own on the stack's Redis, and N real battle-api
 * processes started with the settings the test asks for (e.g. a short lock TTL).
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import postgres from 'postgres';
import { io, type Socket } from 'socket.io-client';
import type { BattleClientEvents, BattleServerEvents } from '@eduscale/contracts';
import { createSql, type Sql } from '@eduscale/server-kit/deps';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { failOnExit, freePort, waitForPort } from '@eduscale/test-kit/processes';
import { discardOutput, Supervisor } from '@eduscale/test-kit/processes';

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`npm test\`, which starts the stack`);
  return value;
}

export interface Player {
  id: string;
  username: string;
  /** The Cookie header that signs this player in. */
  cookie: string;
}

export type BattleClient = Socket<BattleServerEvents, BattleClientEvents>;

export interface BattleRig {
  /** Base URLs of the battle-api processes, one per instance. */
  urls: string[];
  sql: Sql;
  createPlayers(count: number): Promise<Player[]>;
  connect(instance: number, player: Player): Promise<BattleClient>;
  request(instance: number, path: string, options?: { method?: string; json?: unknown; player?: Player; headers?: Record<string, string> }): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests assert on shape
  metric(instance: number, name: string, labels?: string): Promise<number>;
  /** SIGKILLs one instance: no shutdown, no cleanup, as if its machine died. */
  kill(instance: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * `database: 'scratch'` (default) clones the template; `'stack'` shares the stack's database
 * with its programming-api and graders, so battle submissions are really graded
 * (PROGRAMMING_API_URL = the stack's first programming-api, PUBLIC_ORIGIN = its NGINX origin).
 */
export async function startBattleRig(options: { instances: number; env?: Record<string, string>; database?: 'scratch' | 'stack'; redisUrl?: string }): Promise<BattleRig> {
  const template = new URL(requireEnv('TEMPLATE_DATABASE_URL'));
  const dbName = `battles_${randomBytes(6).toString('hex')}`;
  const admin = postgres(requireEnv('DATABASE_URL'), { max: 1, onnotice: () => {} });
  const shared = options.database === 'stack';
  let databaseUrl = new URL(requireEnv('DATABASE_URL'));
  if (!shared) {
    await admin.unsafe(`create database ${dbName} template ${template.pathname.slice(1)}`);
    databaseUrl = new URL(template);
    databaseUrl.pathname = `/${dbName}`;
  }
  const sql = createSql(databaseUrl.toString(), { max: 4 });
  if (!shared) await sql`
    insert into assignments (slug, title, difficulty, points, statement, languages, starter_code, time_limit_ms, memory_limit_mb, checker, tests_hash)
    values ('battle-sum', 'Sum', 'easy', 10, 'Add two numbers.', ${['python']}, ${sql.json({ python: '' })}, 1000, 64, ${sql.json({ kind: 'exact' })}, 'test')`;

  const supervisor = new Supervisor(process.env.EDUSCALE_VERBOSE ? process.stderr : discardOutput());
  const urls: string[] = [];
  let children: ReturnType<Supervisor['start']>[] = [];
  const clients: BattleClient[] = [];
  try {
    const ports = await Promise.all(Array.from({ length: options.instances }, () => freePort()));
    children = ports.map((port, i) =>
      supervisor.start({
        name: `battle-api-${i + 1}`,
        command: process.execPath,
        args: ['src/main.ts'],
        cwd: join(REPO_ROOT, 'battle-api'),
        env: {
          PATH: process.env.PATH,
          PORT: String(port),
          DATABASE_URL: databaseUrl.toString(),
          REDIS_URL: options.redisUrl ?? requireEnv('REDIS_URL'),
          REDIS_PREFIX: `test-${dbName}`,
          BATTLE_TEST_HOOKS: 'true',
          REDIS_PROBE_INTERVAL_MS: '200',
          LOG_LEVEL: 'warn',
          ...(shared ? { PROGRAMMING_API_URL: requireEnv('API_URL'), PUBLIC_ORIGIN: new URL(requireEnv('EDUSCALE_URL')).origin } : {}),
          ...options.env,
        },
      }),
    );
    await Promise.all(ports.map((port, i) => Promise.race([waitForPort(port), failOnExit(children[i]!, `battle-api-${i + 1}`)])));
    urls.push(...ports.map((port) => `http://127.0.0.1:${port}`));
  } catch (error) {
    await supervisor.stopAll();
    throw error;
  }

  const rig: BattleRig = {
    urls,
    sql,
    async createPlayers(count) {
      const players: Player[] = [];
      for (let i = 0; i < count; i++) {
        const username = `p${randomBytes(5).toString('hex')}`;
        const [user] = await sql<{ id: string }[]>`insert into users (username, password_hash) values (${username}, 'not-a-hash') returning id`;
        const token = randomBytes(32).toString('base64url');
        const tokenHash = createHash('sha256').update(token).digest();
        await sql`insert into sessions (token_hash, user_id, expires_at) values (${tokenHash}, ${user!.id}, now() + interval '1 hour')`;
        players.push({ id: user!.id, username, cookie: `eduscale_session=${token}` });
      }
      return players;
    },
    async connect(instance, player) {
      const client: BattleClient = io(urls[instance]!, { path: '/socket.io/', extraHeaders: { cookie: player.cookie }, reconnection: false, forceNew: true });
      clients.push(client);
      await new Promise<void>((resolve, reject) => {
        client.once('connect', () => resolve());
        client.once('connect_error', reject);
      });
      return client;
    },
    async request(instance, path, { method = 'GET', json, player, headers = {} } = {}) {
      const response = await fetch(`${urls[instance]}${path}`, {
        method,
        headers: { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...(player ? { cookie: player.cookie } : {}), ...headers },
        body: json === undefined ? undefined : JSON.stringify(json),
      });
      const text = await response.text();
      return { status: response.status, body: text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text };
    },
    async metric(instance, name, labels = '') {
      const text = await (await fetch(`${urls[instance]}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
      return line ? Number(line.split(' ').at(-1)) : 0;
    },
    async kill(instance) {
      const child = children[instance];
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    async close() {
      for (const client of clients) client.disconnect();
      await supervisor.stopAll();
      await sql.end();
      if (!shared) await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    },
  };
  return rig;
}

/** Resolves with the first event of `name` that satisfies `match`, or rejects after `timeoutMs`. */
export function nextEvent<E extends keyof BattleServerEvents>(
  client: BattleClient,
  name: E,
  match: (payload: Parameters<BattleServerEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<Parameters<BattleServerEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(name, listener as never);
      reject(new Error(`no ${String(name)} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: Parameters<BattleServerEvents[E]>[0]) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      client.off(name, listener as never);
      resolve(payload);
    };
    client.on(name, listener as never);
  });
}

/** A challenge from `a` to `b`, started; both players joined on the instances given. */
export async function runningBattle(rig: BattleRig, a: Player, b: Player, options: { assignment?: string; instances: [number, number] }) {
  const created = await rig.request(0, '/api/battles', { method: 'POST', player: a, json: { opponent: b.username, assignment: options.assignment } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const battleId: string = created.body.id;
  const sockets: BattleClient[] = [await rig.connect(options.instances[0], a), await rig.connect(options.instances[1], b)];
  for (const socket of sockets) assert.ok((await socket.emitWithAck('battle:join', { battleId })).ok);
  const started = await rig.request(options.instances[0], `/api/battles/${battleId}/start`, { method: 'POST', player: a });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  return { battleId, sockets, endsAt: new Date(started.body.endsAt) };
}
