/** battle-api serves exactly the contracts' route definitions NGINX sends it, whatever order its routers are mounted in. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { API_BASE_PATH, battleApiRoutes, healthRoute } from '@eduscale/contracts/routes';
import { requireEnv } from '@eduscale/test-kit/env';
import { startBattleApp } from './battle-app.ts';
import { startBattleRig, type BattleRig } from './battle-rig.ts';

const defined = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${API_BASE_PATH}${route.path.replace(/\{(\w+)\}/g, ':$1')}`;
// A battle id routes only as a UUID (`:id{…}`); the definitions spell it `{id}`.
const served = (route: { method: string; path: string }) => `${route.method} ${route.path.replace(/:(\w+)\{[^/]*\}/g, ':$1')}`;

describe('the routes battle-api serves', () => {
  it('are the definitions of battleApiRoutes and healthRoute under /api, and only its own /health and /metrics beside them', async () => {
    const battleApp = await startBattleApp({ DATABASE_URL: requireEnv('DATABASE_URL'), REDIS_URL: requireEnv('REDIS_URL'), REDIS_PREFIX: `test-routes-${randomBytes(4).toString('hex')}` });
    try {
      const routes = [...new Set(battleApp.app.routes.filter((r) => r.method !== 'ALL').map(served))];
      const underApi = routes.filter((r) => r.split(' ')[1]!.startsWith(`${API_BASE_PATH}/`));
      const expected = [...battleApiRoutes, healthRoute].map(defined);
      assert.equal(expected.length, 11);
      assert.deepEqual(underApi.sort(), expected.sort());
      assert.deepEqual(routes.filter((r) => !underApi.includes(r)).sort(), ['GET /health', 'GET /metrics']);
    } finally {
      await battleApp.close();
    }
  });
});

describe('paths beside /api/battles/:id', () => {
  let rig: BattleRig;
  before(async () => {
    rig = await startBattleRig({ instances: 1 });
  });
  after(() => rig?.close());

  it('go to their own routes, never to the battle id routes', async () => {
    const [alice] = await rig.createPlayers(1);
    const online = await rig.request(0, '/api/battles/online', { player: alice });
    assert.equal(online.status, 200, online.text);
    assert.ok(Array.isArray(online.body.items));
    const board = await rig.request(0, '/api/battles/leaderboard?board=season');
    assert.equal(board.status, 200, board.text);
    assert.equal(board.body.board, 'season');
    assert.equal((await rig.request(0, '/api/battles/queue', { method: 'DELETE', player: alice })).status, 204);
  });

  it('answers 404 problem+json for an id that is not a UUID', async () => {
    const [alice] = await rig.createPlayers(1);
    for (const path of ['/api/battles/nope', '/api/battles/123/start']) {
      const answer = await rig.request(0, path, { method: path.endsWith('start') ? 'POST' : 'GET', player: alice });
      assert.equal(answer.status, 404, `${path}: ${answer.text}`);
      assert.match(answer.body.type, /not-found$/);
    }
  });
});
