/**
 * `npm run bench:roadmaps`: what a roadmap's state costs.
 * 1. The state function and the next step, in process, on a 1,000-node graph.
 * 2. On an idle throwaway stack, server time of GET /api/roadmaps/:slug for a 60-node roadmap
 *    and a learner with 200 marks, beside GET /api/assignments (the catalogue, cached) and
 *    GET /api/health (the floor: one trivial query each to Postgres and Redis), same run,
 *    straight to one programming-api process on loopback.
 */
import { createSql } from '@eduscale/server-kit/deps';
import { ensureFlyway, ensureSystemPackages } from '@eduscale/test-kit/install';
import { startThrowawayStack } from '@eduscale/test-kit/stack';
import { percentile } from '../../grader-api/bench/stats.ts';
import { suggestNextStep } from '../src/roadmaps/roadmap-next-step.ts';
import { seedRoadmaps } from '../src/roadmaps/roadmap-seed.service.ts';
import { computeStates, type GraphNode, type Mark } from '../src/roadmaps/roadmap-state.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const EVIDENCE = { solvedAssignments: new Set<string>(), passedAssessments: new Set<string>(), openAssessments: new Set<string>() };

/** Layers of `width` topics, each requiring two of the layer above; every fifth a requiresAny milestone. */
function layeredGraph(layers: number, width: number): GraphNode[] {
  const nodes: GraphNode[] = [];
  for (let layer = 0; layer < layers; layer++) {
    for (let i = 0; i < width; i++) {
      const above = (j: number) => `n${layer - 1}-${(i + j) % width}`;
      const base = { id: `n${layer}-${i}`, title: `Step ${layer}.${i}`, kind: 'topic' as const };
      if (layer === 0) nodes.push({ ...base, requires: [] });
      else if (i % 5 === 0) nodes.push({ ...base, kind: 'milestone', requires: [above(0)], requiresAny: { count: 2, of: [above(1), above(2), above(3)] } });
      else nodes.push({ ...base, requires: [above(0), above(1)] });
    }
  }
  return nodes;
}

function report(label: string, samples: number[]): void {
  console.log(`${label.padEnd(52)} p50 ${percentile(samples, 50).toFixed(3).padStart(8)} ms   p99 ${percentile(samples, 99).toFixed(3).padStart(8)} ms`);
}

// 1. In process.
const big = layeredGraph(100, 10);
const bigMarks = new Map<string, Mark>(big.slice(0, 450).filter((n) => n.kind === 'topic').map((n) => [n.id, 'done']));
const stateSamples: number[] = [];
const nextSamples: number[] = [];
for (let i = 0; i < RUNS + 20; i++) {
  const started = performance.now();
  const statuses = computeStates(big, bigMarks, EVIDENCE);
  const decided = performance.now();
  suggestNextStep(big, statuses, bigMarks, EVIDENCE);
  if (i >= 20) {
    stateSamples.push(decided - started);
    nextSamples.push(performance.now() - decided);
  }
}
console.log(`\n1,000-node graph, ${bigMarks.size} marks, ${RUNS} runs (after 20 warm-up):`);
report('computeStates', stateSamples);
report('suggestNextStep', nextSamples);

// 2. Over HTTP.
ensureSystemPackages();
ensureFlyway();
const stack = await startThrowawayStack({ name: 'bench-roadmaps' });
try {
  const nodes = layeredGraph(6, 10);
  const sql = createSql(stack.databaseUrl, { max: 2 });
  await seedRoadmaps(sql, [{ slug: 'bench-60', title: 'Bench', role: 'Bench', summary: 'Sixty generated nodes.', version: 1, order: 1, tracks: [], nodes, lessons: {} }]);
  const api = stack.serviceUrl('programming-api');
  const registered = await fetch(`${api}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: `bench_${process.pid}`, password: 'bench password' }) });
  const cookie = (registered.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { user } = (await registered.json()) as { user: { id: string } };
  // 200 marks: the first 40 topics each marked in progress, then done, some undone and redone.
  const topics = nodes.filter((n) => n.kind === 'topic').slice(0, 40);
  const history = topics.flatMap((n, i) => (i % 2 === 0 ? ['in_progress', 'done', 'available', 'in_progress', 'done'] : ['in_progress', 'skipped', 'available', 'in_progress', 'done']).map((state) => ({ nodeId: n.id, state })));
  await sql`insert into roadmap_marks (user_id, roadmap_id, node_id, state) select ${user.id}, r.id, m.node_id, m.state from roadmaps r, jsonb_to_recordset(${sql.json(history.map((h) => ({ node_id: h.nodeId, state: h.state })))}) as m(node_id text, state text) where r.slug = 'bench-60'`;
  const [{ count } = { count: 0 }] = await sql<{ count: number }[]>`select count(*)::int as count from roadmap_marks where user_id = ${user.id}`;
  await sql.end();

  const time = async (path: string) => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS + 20; i++) {
      const started = performance.now();
      const response = await fetch(`${api}${path}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      if (i >= 20) samples.push(performance.now() - started);
    }
    return samples;
  };
  console.log(`\nOne programming-api process on loopback, a learner with ${count} marks, ${RUNS} sequential requests each:`);
  report('GET /api/health (floor)', await time('/api/health'));
  report('GET /api/assignments', await time('/api/assignments'));
  report('GET /api/roadmaps/bench-60 (60 nodes, state computed)', await time('/api/roadmaps/bench-60'));
  report('GET /api/roadmaps (list, states of every roadmap)', await time('/api/roadmaps'));
} finally {
  await stack.finish({ keepLogs: false });
}
