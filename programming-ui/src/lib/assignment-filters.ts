import type { AssignmentSummary, Difficulty } from '@eduscale/contracts';
import { DIFFICULTY_ORDER } from './labels.ts';

export interface AssignmentFilters {
  query: string;
  difficulty: Difficulty | 'all';
  tag: string;
}

/** Filters as the `q`, `difficulty` and `tag` query parameters carry them (shareable URLs). */
export function filtersFromUrl(url: URL): AssignmentFilters {
  const difficulty = url.searchParams.get('difficulty');
  return {
    query: url.searchParams.get('q') ?? '',
    difficulty: DIFFICULTY_ORDER.find((d) => d === difficulty) ?? 'all',
    tag: url.searchParams.get('tag') ?? '',
  };
}

/** A copy of `url` carrying `filters`; empty filters leave no parameter behind. */
export function writeFiltersToUrl(url: URL, filters: AssignmentFilters): URL {
  const next = new URL(url);
  const params: Record<string, string> = {
    q: filters.query.trim(),
    difficulty: filters.difficulty === 'all' ? '' : filters.difficulty,
    tag: filters.tag,
  };
  for (const [key, value] of Object.entries(params)) {
    if (value) next.searchParams.set(key, value);
    else next.searchParams.delete(key);
  }
  return next;
}

export function matchesFilters(assignment: AssignmentSummary, filters: AssignmentFilters): boolean {
  if (filters.difficulty !== 'all' && assignment.difficulty !== filters.difficulty) return false;
  if (filters.tag && !assignment.tags.includes(filters.tag)) return false;
  const words = filters.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = [assignment.title, assignment.slug, ...assignment.tags].join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}
