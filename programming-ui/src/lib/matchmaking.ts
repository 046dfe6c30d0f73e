import type { BattleMode } from '@eduscale/contracts';
import type { MyBattle } from './battle-api.ts';

/** A matchmade battle this much older than the search began is not the one just found. */
const MATCH_CLOCK_SLACK_MS = 5_000;

export interface QueueSearch {
  mode: BattleMode;
  /** When the search began (this browser's clock). */
  since: number;
}

/**
 * The battle matchmaking found for `search` among my battles: running, matchmade (no
 * challenger), of the mode searched for, and created since the search began, give or take
 * the slack between this browser's clock and the server's.
 */
export function foundMatch(search: QueueSearch, battles: readonly MyBattle[]): MyBattle | undefined {
  return battles.find(
    (b) => b.status === 'running' && b.challenger === null && b.mode === search.mode && Date.parse(b.createdAt) > search.since - MATCH_CLOCK_SLACK_MS,
  );
}
