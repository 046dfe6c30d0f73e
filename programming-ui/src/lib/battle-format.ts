import type { BattleEndReason, BattleState, Verdict } from '@eduscale/contracts';
import { VERDICT_LABELS } from './verdicts.ts';

/** "4:07", "0:09": minutes and seconds, never negative. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Ratings are μ − 3σ with two decimals (new players 0, losers below it); one is enough to read. */
export const formatRating = (rating: number) => rating.toFixed(1).replace('-', '−');

/** "+4.7", "−2.3" (a real minus sign), "±0.0". */
export function formatDelta(delta: number): string {
  const shown = Math.abs(delta).toFixed(1);
  if (Number(shown) === 0) return `±${shown}`;
  return `${delta > 0 ? '+' : '−'}${shown}`;
}

export type Outcome = 'victory' | 'defeat' | 'draw';

export function outcomeFor(username: string, winner: string | null): Outcome {
  if (winner === null) return 'draw';
  return winner === username ? 'victory' : 'defeat';
}

export const OUTCOME_LABELS: Record<Outcome, string> = { victory: 'Victory', defeat: 'Defeat', draw: 'Draw' };

/** Why the battle ended, told to `me`. */
export function endReasonText(reason: BattleEndReason | null, winner: string | null, me: string): string {
  const who = winner === me ? 'You' : winner;
  switch (reason) {
    case 'solved':
      return `${who ?? 'A player'} passed every test first.`;
    case 'all_finished':
      return 'Everyone finished: ranked by tests passed, then by who got there first.';
    case 'deadline':
      return 'Time ran out: ranked by tests passed, then by who got there first.';
    case 'forfeit':
      return winner === me ? 'Your opponent left the battle and forfeited.' : 'A player left the battle and forfeited.';
    case 'grading_unavailable':
      return 'Called off as a draw: grading was unavailable for too long. Ratings are unchanged.';
    default:
      return 'The battle is over.';
  }
}

const IN_FLIGHT: Record<string, string> = { queued: 'Queued', running: 'Running tests' };

// Own keys only: the status is any string the server sends, and `in` or a bare lookup would
// find "toString" on every object.
export const isInFlight = (status: string) => Object.hasOwn(IN_FLIGHT, status);

/** A submission's status as `battle:progress` carries it: queued, running, or its verdict. */
export function progressStatusLabel(status: string): string {
  if (isInFlight(status)) return IN_FLIGHT[status] ?? status;
  return Object.hasOwn(VERDICT_LABELS, status) ? VERDICT_LABELS[status as Verdict] : status;
}

/** The others in a battle, as "ada", "ada and linus", "ada, linus and grace". */
export function opponentNames(usernames: string[]): string {
  if (usernames.length <= 1) return usernames[0] ?? 'nobody';
  return `${usernames.slice(0, -1).join(', ')} and ${usernames.at(-1)}`;
}

export const opponentsOf = (state: BattleState, me: string) => state.players.map((p) => p.username).filter((name) => name !== me);

const SEASON_FORMAT = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11" → "November 2026". */
export function formatSeason(season: string): string {
  const date = new Date(`${season}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? season : SEASON_FORMAT.format(date);
}
