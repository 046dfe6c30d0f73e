import type { Standing } from './results.repo.ts';

export interface Ranked extends Standing {
  /** 1 is first; players tied on tests passed and on when they reached it share a rank. */
  rank: number;
}

const reached = (s: Standing) => s.passedAt?.getTime() ?? Number.POSITIVE_INFINITY;

const left = (s: Standing) => (s.forfeitedAt ? 1 : 0);

/** Those who stayed before those who forfeited; then more tests passed; among equals, who got there first. */
export function rankStandings(standings: Standing[]): Ranked[] {
  const sorted = [...standings].sort((a, b) => left(a) - left(b) || b.passed - a.passed || reached(a) - reached(b));
  const ranked: Ranked[] = [];
  for (const [i, s] of sorted.entries()) {
    const previous = ranked[i - 1];
    const tied = previous !== undefined && left(previous) === left(s) && previous.passed === s.passed && reached(previous) === reached(s);
    ranked.push({ ...s, rank: tied ? previous.rank : i + 1 });
  }
  return ranked;
}

/** The one player alone at rank 1, or null for a draw. */
export function winnerOf(ranked: Ranked[]): Ranked | null {
  const top = ranked.filter((r) => r.rank === 1);
  return top.length === 1 ? (top[0] ?? null) : null;
}

/**
 * Season points for one player: 2 for taking part, up to 8 more by how many players finished
 * below them (a 1v1 winner 10, a draw 2 each); nothing for forfeiting or a battle called off
 * for lack of grading.
 */
export function seasonPoints(player: Ranked, ranked: Ranked[], calledOff: boolean): number {
  if (calledOff || player.forfeitedAt) return 0;
  if (ranked.length < 2) return 2;
  const below = ranked.filter((other) => other.rank > player.rank).length;
  return 2 + Math.round((8 * below) / (ranked.length - 1));
}
