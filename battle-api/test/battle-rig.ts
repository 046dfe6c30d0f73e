/**
 * Battle servers of a test's own: a scratch database cloned from the migrated template
 * `npm test` prepares, a Redis prefix of its own on the stack's Redis, and N battle-api
 * instances with the settings the test asks for (e.g. a short lock TTL). They run inside the
 * test process (battle-app.ts) unless the test needs real processes: `processes: true` starts
 * `src/main.ts` as the launcher does, for a test that SIGKILLs one or checks how it listens.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { io, type Socket } from 'socket.io-client';
import type { BattleClientEvents, BattleServerEvents } from '@eduscale/contracts';
import { createSql, type Sql } from '@eduscale/server-kit/deps';
import { requireEnv } from '@eduscale/test-kit/env';
import { httpClient, type TestResponse } from '@eduscale/test-kit/http';
import { discardOutput, Supervisor } from '@eduscale/test-kit/processes';
import { startBattleApp } from './battle-app.ts';
import { startProcesses, type Instance } from './battle-processes.ts';

export interface Player {
  id: string;
  username: string;
  /** The Cookie header that signs this player in. */
  cookie: string;
}

export type BattleClient = Socket<BattleServerEvents, BattleClientEvents>;

export interface BattleRig {
  /** Base URLs of the battle-api instances (where sockets connect), one per instance. */
  urls: string[];
  sql: Sql;
  createPlayers(count: number): Promise<Player[]>;
  connect(instance: number, player: Player): Promise<BattleClient>;
  request(instance: number, path: string, options?: { method?: string; json?: unknown; player?: Player; headers?: Record<string, string> }): Promise<TestResponse>;
  metric(instance: number, name: string, labels?: string): Promise<number>;
  /** SIGKILLs one instance (`processes: true` only): no shutdown, no cleanup, as if its machine died. */
  kill(instance: number): Promise<void>;
  close(): Promise<void>;
}


/**
 * `database: 'scratch'` (default) clones the template; `'stack'` shares the stack's database
 * with its programming-api and graders, so battle submissions are really graded
 * (PROGRAMMING_API_URL = the stack's first programming-api, PUBLIC_ORIGIN = its NGINX origin).
 */
export async function startBattleRig(options: { instances: number; env?: Record<string, string>; database?: 'scratch' | 'stack'; redisUrl?: string; processes?: boolean }): Promise<BattleRig> {
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

  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: options.redisUrl ?? requireEnv('REDIS_URL'),
    REDIS_PREFIX: `test-${dbName}`,
    BATTLE_TEST_HOOKS: 'true',
    REDIS_PROBE_INTERVAL_MS: '200',
    ...(shared ? { PROGRAMMING_API_URL: requireEnv('API_URL'), PUBLIC_ORIGIN: new URL(requireEnv('EDUSCALE_URL')).origin } : {}),
    ...options.env,
  };
  const supervisor = new Supervisor(process.env.EDUSCALE_VERBOSE ? process.stderr : discardOutput());
  const instances: Instance[] = [];
  try {
    if (options.processes) instances.push(...(await startProcesses(supervisor, options.instances, env)));
    else for (let i = 0; i < options.instances; i++) instances.push(inProcess(await startBattleApp(env)));
  } catch (error) {
    await Promise.allSettled(instances.map((instance) => instance.close()));
    await supervisor.stopAll();
    throw error;
  }
  const clients: BattleClient[] = [];
  const instance = (i: number): Instance => instances[i] ?? assert.fail(`no instance ${i}`);

  return {
    urls: instances.map((i) => i.url),
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
    async connect(i, player) {
      const client: BattleClient = io(instance(i).url, { path: '/socket.io/', extraHeaders: { cookie: player.cookie }, reconnection: false, forceNew: true });
      clients.push(client);
      await new Promise<void>((resolve, reject) => {
        client.once('connect', () => resolve());
        client.once('connect_error', reject);
      });
      return client;
    },
    request: (i, path, { method = 'GET', json, player, headers } = {}) => instance(i).client(path, { method, json, cookie: player?.cookie, headers }),
    async metric(i, name, labels = '') {
      const { text } = await instance(i).client('/metrics');
      const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
      return line ? Number(line.split(' ').at(-1)) : 0;
    },
    async kill(i) {
      const { kill } = instance(i);
      if (!kill) throw new Error('kill() needs real processes: start the rig with processes: true');
      await kill();
    },
    async close() {
      for (const client of clients) client.disconnect();
      await Promise.allSettled(instances.map((i) => i.close()));
      await supervisor.stopAll();
      await sql.end();
      if (!shared) await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    },
  };
}

function inProcess(battleApp: Awaited<ReturnType<typeof startBattleApp>>): Instance {
  return { url: battleApp.url, client: httpClient((path, init) => battleApp.app.request(path, init)), close: () => battleApp.close() };
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
