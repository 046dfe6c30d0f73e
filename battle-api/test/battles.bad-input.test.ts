/**
 * What a player sends battle-api is refused with a 4xx problem that says why, never a 5xx:
 * cookies that are not valid percent-encoding, code Postgres cannot store, code over the
 * submission limit programming-api applies too.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { io } from 'socket.io-client';
import { MAX_CODE_BYTES, PROBLEM_CONTENT_TYPE } from '@eduscale/contracts';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { listeningAddresses } from '@eduscale/test-kit/processes';
import { runningBattle, startBattleRig, type BattleRig, type Player } from './battle-rig.ts';

const ASSIGNMENT = 'add-two-numbers';
const CORRECT = readFileSync(join(REPO_ROOT, 'content/assignments', ASSIGNMENT, 'solutions/main.py'), 'utf8');
const BAD_COOKIES = ['eduscale_session=%E0%A4%A', 'eduscale_session=%', 'eduscale_session=%zz; other=1', 'other=%E0; eduscale_session=%C0%AF'];

/** The same request with the raw Cookie header, and its problem. */
async function withCookie(rig: BattleRig, path: string, cookie: string, init: { method?: string; json?: unknown } = {}) {
  const response = await rig.request(0, path, { ...init, headers: { cookie } });
  return { status: response.status, type: response.headers.get('content-type'), body: response.body as { type: string; detail?: string } };
}

describe('a session cookie that is not valid percent-encoding', () => {
  let rig: BattleRig;
  before(async () => {
    rig = await startBattleRig({ instances: 1 });
  });
  after(() => rig?.close());

  it('is answered 401 problem+json on every battle route, never 500', async () => {
    const routes: [string, { method?: string; json?: unknown }][] = [
      ['/api/battles', {}],
      ['/api/battles/online', {}],
      ['/api/battles', { method: 'POST', json: { opponent: 'somebody' } }],
      [`/api/battles/${randomUUID()}`, {}],
      [`/api/battles/${randomUUID()}/start`, { method: 'POST' }],
      [`/api/battles/${randomUUID()}/submissions`, { method: 'POST', json: { language: 'python', code: 'print(1)' } }],
      ['/api/battles/queue', { method: 'POST', json: { mode: '1v1' } }],
    ];
    assert.equal(routes.length * BAD_COOKIES.length, 28);
    for (const cookie of BAD_COOKIES) {
      for (const [path, init] of routes) {
        const answer = await withCookie(rig, path, cookie, init);
        assert.equal(answer.status, 401, `${init.method ?? 'GET'} ${path} with ${cookie}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.type, PROBLEM_CONTENT_TYPE);
        assert.match(answer.body.type, /unauthenticated$/);
      }
    }
    // The public board does not need the session at all.
    assert.equal((await withCookie(rig, '/api/battles/leaderboard', BAD_COOKIES[0]!)).status, 200);
  });

  it('is refused at the socket handshake as unauthenticated, not as our failure', async () => {
    for (const cookie of BAD_COOKIES) {
      const socket = io(rig.urls[0]!, { path: '/socket.io/', extraHeaders: { cookie }, reconnection: false, forceNew: true });
      try {
        const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
        assert.equal(error.message, 'unauthenticated', cookie);
      } finally {
        socket.disconnect();
      }
    }
  });
});

describe('battle code that cannot be stored or is too large', () => {
  let rig: BattleRig;
  before(async () => {
    // Submissions really go to the stack's programming-api, as in production.
    rig = await startBattleRig({ instances: 1, database: 'stack' });
  });
  after(() => rig?.close());

  const submit = (battleId: string, player: Player | undefined, code: string) =>
    rig.request(0, `/api/battles/${battleId}/submissions`, { method: 'POST', player, json: { language: 'python', code } });

  it('refuses code with a NUL byte with 400 naming the field, and records no submission', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId } = await runningBattle(rig, alice!, bob!, { assignment: ASSIGNMENT, instances: [0, 0] });
    for (const code of ['print(1)\0', '\0', `${CORRECT}\n# \u0000 ${randomUUID()}\n`]) {
      const refused = await submit(battleId, alice, code);
      assert.equal(refused.status, 400, JSON.stringify(refused.body));
      assert.match(refused.body.type, /invalid-request$/);
      assert.deepEqual(refused.body.errors.map((e: { path: string }) => e.path), ['code']);
      assert.match(refused.body.detail, /NUL/);
    }
    const [row] = await rig.sql<{ count: number }[]>`select count(*)::int as count from battle_submissions where battle_id = ${battleId}`;
    assert.equal(row!.count, 0);
  });

  it('takes code up to the submission limit programming-api takes, and answers 413 problem+json past it', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId } = await runningBattle(rig, alice!, bob!, { assignment: ASSIGNMENT, instances: [0, 0] });
    // 20 KiB: over the old 16 KiB body cap, well within MAX_CODE_BYTES.
    const large = `${CORRECT}\n# ${randomUUID()} ${'x'.repeat(20 * 1024)}\n`;
    assert.ok(Buffer.byteLength(large) < MAX_CODE_BYTES);
    const taken = await submit(battleId, bob, large);
    assert.equal(taken.status, 202, JSON.stringify(taken.body));

    for (const tooLarge of [`${CORRECT}#${'x'.repeat(MAX_CODE_BYTES)}`, `#${'\u0001'.repeat(MAX_CODE_BYTES)}`, '#'.repeat(MAX_CODE_BYTES * 8)]) {
      const refused = await submit(battleId, alice, tooLarge);
      assert.equal(refused.status, 413, `${refused.status} ${JSON.stringify(refused.body).slice(0, 200)}`);
      assert.match(refused.body.type, /payload-too-large$/);
      assert.match(refused.body.detail, /KiB/);
    }
  });
});

describe('a battle-api process of the local stack', () => {
  let rig: BattleRig;
  before(async () => {
    // Started as the launcher starts it: a process of its own, no HOST given.
    rig = await startBattleRig({ instances: 1, processes: true });
  });
  after(() => rig?.close());

  it('listens on loopback only, so NGINX is the only way in', async () => {
    const port = Number(new URL(rig.urls[0]!).port);
    const addresses = listeningAddresses(port);
    assert.ok(addresses.length > 0, `nothing listens on ${port}`);
    assert.deepEqual(addresses.filter((address) => address !== '127.0.0.1' && address !== '::1'), [], `port ${port} listens on ${addresses.join(', ')}`);
  });
});
