import type { Standing } from './battle-play.repo.ts';

export interface Ranked extends Standing {
  /** 1 is first; players tied on tests passed and on when they reached it share a rank. */
  rank: number;
}

const reached = (s: Standing) => s.passedAt?.getTime() ?? Number.POSITIVE_INFINITY;

/** More tests passed first; among equals, who got there first. */
export function rankStandings(standings: Standing[]): Ranked[] {
  const sorted = [...standings].sort((a, b) => b.passed - a.passed || reached(a) - reached(b));
  const ranked: Ranked[] = [];
  for (const [i, s] of sorted.entries()) {
    const previous = ranked[i - 1];
    const tied = previous !== undefined && previous.passed === s.passed && reached(previous) === reached(s);
    ranked.push({ ...s, rank: tied ? previous.rank : i + 1 });
  }
  return ranked;
}

/** The one player alone at rank 1, or null for a draw. */
export function winnerOf(ranked: Ranked[]): Ranked | null {
  const top = ranked.filter((r) => r.rank === 1);
  return top.length === 1 ? (top[0] ?? null) : null;
}
