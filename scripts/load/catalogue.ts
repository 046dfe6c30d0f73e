/**
 * The anonymous read path against its floor, as k6/assignments.js measures it: a file NGINX
 * serves itself (about the size of the assignment list), GET /api/assignments and assignment
 * pages as clients get them (through NGINX's one-second cache), and both again from the API
 * alone. The targets take turns, never overlapping, so each has the whole machine while it
 * runs and drift in background load spreads over all of them alike.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { hammer, summarize, type HammerResult, type LoadRequest, type Summary } from './hammer.ts';

export interface CatalogueOptions {
  base: string;
  connections: number;
  seconds: number;
  rounds: number;
  /** Between turns, so one's stragglers do not overlap the next. */
  pauseSeconds: number;
}

export interface CatalogueRow extends Summary {
  target: string;
  title: string;
  perRoundRps: number[];
}

export interface CatalogueResult {
  sizes: { static: number; list: number; detail: number };
  slugs: number;
  rows: CatalogueRow[];
}

// NGINX keeps catalogue reads for a second; `Cache-Control: no-cache` goes past it to the API.
const API_ALONE = { 'cache-control': 'no-cache' };
const ok = (status: number) => status === 200;

function targets(slugs: string[]): { name: string; title: string; request: LoadRequest }[] {
  let next = 0;
  const anySlug = () => `/api/assignments/${slugs[next++ % slugs.length]}`;
  return [
    { name: 'static', title: 'GET /bench/static.json (floor)', request: { path: '/bench/static.json', ok } },
    { name: 'list', title: 'GET /api/assignments', request: { path: '/api/assignments', ok } },
    { name: 'detail', title: 'GET /api/assignments/:slug', request: { path: anySlug, ok } },
    { name: 'list_api', title: 'GET /api/assignments, API alone', request: { path: '/api/assignments', headers: API_ALONE, ok } },
    { name: 'detail_api', title: 'GET /api/assignments/:slug, API alone', request: { path: anySlug, headers: API_ALONE, ok } },
  ];
}

/** Bodies are checked once here; the load itself only counts statuses. */
async function setup(base: string): Promise<{ slugs: string[]; sizes: CatalogueResult['sizes'] }> {
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}; is the stack up at ${base}?`);
    return response.text();
  };
  const list = await get('/api/assignments');
  const slugs = (JSON.parse(list) as { items: { slug: string }[] }).items.map((item) => item.slug);
  if (slugs.length === 0) throw new Error('GET /api/assignments lists no assignment: seed the catalogue first');
  const floor = await get('/bench/static.json');
  const detail = await get(`/api/assignments/${slugs[0]}`);
  if ((JSON.parse(detail) as { slug?: string }).slug !== slugs[0]) throw new Error(`GET /api/assignments/${slugs[0]} is not that assignment`);
  return { slugs, sizes: { static: Buffer.byteLength(floor), list: Buffer.byteLength(list), detail: Buffer.byteLength(detail) } };
}

export async function runCatalogue(options: CatalogueOptions): Promise<CatalogueResult> {
  const { slugs, sizes } = await setup(options.base);
  const all = targets(slugs);
  const runs = new Map<string, HammerResult[]>(all.map((t) => [t.name, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const target of all) {
      const result = await hammer({ url: options.base, seconds: options.seconds, connections: options.connections, request: target.request });
      runs.get(target.name)?.push(result);
      await sleep(options.pauseSeconds * 1000);
    }
  }
  const rows = all.map((t) => {
    const turns = runs.get(t.name) ?? [];
    return { target: t.name, title: t.title, ...summarize(turns), perRoundRps: turns.map((r) => r.requests / r.seconds) };
  });
  return { sizes, slugs: slugs.length, rows };
}
