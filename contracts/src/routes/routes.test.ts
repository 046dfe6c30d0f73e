import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { battleApiRoutes, graderApiRoutes, programmingApiRoutes, PointsLeaderboardQuery, RatingLeaderboardQuery } from './index.ts';

const all = [...programmingApiRoutes, ...battleApiRoutes, ...graderApiRoutes];
const key = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${route.path}`;

describe('the route definitions', () => {
  it('name each method and path once, across the three services', () => {
    assert.ok(all.length > 20, `${all.length} routes`);
    assert.equal(new Set(all.map(key)).size, all.length);
  });

  it('use the OpenAPI {param} form, declaring every path parameter', () => {
    const withParams = all.filter((route) => route.path.includes('{'));
    assert.ok(withParams.length >= 6);
    for (const route of withParams) {
      assert.doesNotMatch(route.path, /:/, key(route));
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = Object.keys((route.request?.params as { shape?: object } | undefined)?.shape ?? {});
      assert.deepEqual(declared.sort(), names.sort(), key(route));
    }
  });

  it('describe every error as problem+json', () => {
    const errors = all.flatMap((route) => Object.entries(route.responses).filter(([status]) => Number(status) >= 400).map(([status, response]) => ({ route: `${key(route)} ${status}`, response })));
    assert.ok(errors.length > 30);
    for (const { route, response } of errors) assert.deepEqual(Object.keys((response as { content?: object }).content ?? {}), ['application/problem+json'], route);
  });

  it('need a signed-in caller for every battle route but the public board', () => {
    const open = battleApiRoutes.filter((route) => !route.security);
    assert.deepEqual(open.map(key), ['GET /battles/leaderboard']);
  });
});

describe('the leaderboard queries', () => {
  it('default to the points board here and the rating board on the battle servers', () => {
    assert.deepEqual(PointsLeaderboardQuery.parse({}), { board: 'points', limit: 50 });
    assert.deepEqual(RatingLeaderboardQuery.parse({ board: 'season', limit: '5' }), { board: 'season', limit: 5 });
    assert.equal(PointsLeaderboardQuery.safeParse({ board: 'rating' }).success, false);
    assert.equal(RatingLeaderboardQuery.safeParse({ limit: '0' }).success, false);
  });
});
