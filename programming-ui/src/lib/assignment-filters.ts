import type { AssignmentSummary, Difficulty } from '@eduscale/contracts';
import { DIFFICULTY_ORDER } from './labels.ts';

export const SOLVED_STATES = ['all', 'solved', 'unsolved'] as const;
export type SolvedState = (typeof SOLVED_STATES)[number];

export interface AssignmentFilters {
  query: string;
  difficulty: Difficulty | 'all';
  tag: string;
  /** Only meaningful for a signed-in learner; ignored otherwise. */
  status: SolvedState;
}

/** Filters as the `q`, `difficulty`, `tag` and `status` query parameters carry them (shareable URLs). */
export function filtersFromUrl(url: URL): AssignmentFilters {
  const difficulty = url.searchParams.get('difficulty');
  const status = url.searchParams.get('status');
  return {
    query: url.searchParams.get('q') ?? '',
    difficulty: DIFFICULTY_ORDER.find((d) => d === difficulty) ?? 'all',
    tag: url.searchParams.get('tag') ?? '',
    status: SOLVED_STATES.find((s) => s === status) ?? 'all',
  };
}

/** A copy of `url` carrying `filters`; empty filters leave no parameter behind. */
export function writeFiltersToUrl(url: URL, filters: AssignmentFilters): URL {
  const next = new URL(url);
  const params: Record<string, string> = {
    q: filters.query.trim(),
    difficulty: filters.difficulty === 'all' ? '' : filters.difficulty,
    tag: filters.tag,
    status: filters.status === 'all' ? '' : filters.status,
  };
  for (const [key, value] of Object.entries(params)) {
    if (value) next.searchParams.set(key, value);
    else next.searchParams.delete(key);
  }
  return next;
}

/** `solved` holds the learner's solved slugs, or is null when nobody is signed in. */
export function matchesFilters(assignment: AssignmentSummary, filters: AssignmentFilters, solved: ReadonlySet<string> | null = null): boolean {
  if (solved && filters.status !== 'all' && solved.has(assignment.slug) !== (filters.status === 'solved')) return false;
  if (filters.difficulty !== 'all' && assignment.difficulty !== filters.difficulty) return false;
  if (filters.tag && !assignment.tags.includes(filters.tag)) return false;
  const words = filters.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = [assignment.title, assignment.slug, ...assignment.tags].join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}
