import { expect, type APIRequestContext } from '@playwright/test';
import type { RoadmapDetail, RoadmapNode } from '@eduscale/contracts';

const ORIGIN = new URL(process.env.EDUSCALE_URL ?? 'http://localhost').origin;
const SATISFIED = new Set(['done', 'skipped']);

export async function roadmapOf(request: APIRequestContext, slug: string): Promise<RoadmapDetail> {
  const response = await request.get(`/api/roadmaps/${slug}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as RoadmapDetail;
}

export async function markByApi(request: APIRequestContext, slug: string, id: string, state: string): Promise<void> {
  const response = await request.put(`/api/roadmaps/${slug}/nodes/${id}`, { data: { state }, headers: { origin: ORIGIN } });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * Marks, through the API and in dependency order, whatever `target` needs until it unlocks:
 * topics done, assignments skipped (a skip counts as done for unlocking). Returns how many marks it made.
 */
export async function unlockByApi(request: APIRequestContext, slug: string, target: string): Promise<number> {
  let marks = 0;
  const visit = async (id: string): Promise<void> => {
    const roadmap = await roadmapOf(request, slug);
    const node = roadmap.nodes.find((n) => n.id === id);
    if (!node || SATISFIED.has(node.state)) return;
    const byId = new Map(roadmap.nodes.map((n) => [n.id, n]));
    const unmet = node.requires.filter((r) => !SATISFIED.has(byId.get(r)?.state ?? ''));
    const anyLeft = node.missingAny ? node.missingAny.of.slice(0, node.missingAny.count) : [];
    for (const prerequisite of [...unmet, ...anyLeft]) await satisfy(prerequisite);
  };
  const satisfy = async (id: string): Promise<void> => {
    await visit(id);
    const node = (await roadmapOf(request, slug)).nodes.find((n) => n.id === id) as RoadmapNode;
    if (SATISFIED.has(node.state) || node.kind === 'milestone') return;
    await markByApi(request, slug, id, node.kind === 'topic' ? 'done' : 'skipped');
    marks++;
  };
  await visit(target);
  return marks;
}

/** A learner part-way through a roadmap, for pictures: enrolled, a few lessons done, one in progress. */
export async function seedRoadmapProgress(request: APIRequestContext, slug: string): Promise<void> {
  const enrolled = await request.post(`/api/roadmaps/${slug}/enrol`, { headers: { origin: ORIGIN } });
  expect(enrolled.status(), await enrolled.text()).toBe(200);
  const topics = (await roadmapOf(request, slug)).nodes.filter((n) => n.kind === 'topic' && n.state === 'available');
  for (const topic of topics.slice(0, 3)) await markByApi(request, slug, topic.id, 'done');
  const next = (await roadmapOf(request, slug)).nodes.find((n) => n.kind === 'topic' && n.state === 'available');
  if (next) await markByApi(request, slug, next.id, 'in_progress');
}
