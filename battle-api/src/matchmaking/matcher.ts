import { randomUUID } from 'node:crypto';
import type { BattleMode } from '@eduscale/contracts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { MatchmakingQueue, Ticket } from './matchmaking.queue.ts';

export interface MatchRules {
  /** Rating gap accepted at once, and how much it widens per `windowStepMs` the longer waiter has waited. */
  windowBase: number;
  windowGrowth: number;
  windowStepMs: number;
  /** A group battle starts once its oldest player has waited this long, with 3 to 8 players. */
  groupFillMs: number;
  groupMin: number;
  groupMax: number;
}

export const ratingWindow = (rules: MatchRules, waitedMs: number) => rules.windowBase + rules.windowGrowth * Math.floor(Math.max(0, waitedMs) / rules.windowStepMs);

/**
 * 1v1: repeatedly pairs the two closest ratings still unpaired (neighbours in rating order)
 * whose gap fits the window of the longer waiter of the two.
 */
export function pairPlayers(queued: Ticket[], rules: MatchRules, now: number): Ticket[][] {
  let left = [...queued].sort((a, b) => a.rating - b.rating || a.enqueuedAt - b.enqueuedAt);
  const pairs: Ticket[][] = [];
  for (;;) {
    let best: { index: number; gap: number; pair: [Ticket, Ticket] } | undefined;
    left.forEach((a, index) => {
      const b = left[index + 1];
      if (!b) return;
      const gap = b.rating - a.rating;
      if (gap > ratingWindow(rules, now - Math.min(a.enqueuedAt, b.enqueuedAt))) return;
      if (!best || gap < best.gap) best = { index, gap, pair: [a, b] };
    });
    if (!best) return pairs;
    const { index, pair } = best;
    pairs.push(pair);
    left = left.filter((_, i) => i !== index && i !== index + 1);
  }
}

/** Group: the oldest waiters, up to `groupMax`, once the oldest has waited the fill window (or the group is full). */
export function formGroups(queued: Ticket[], rules: MatchRules, now: number): Ticket[][] {
  const byAge = [...queued].sort((a, b) => a.enqueuedAt - b.enqueuedAt);
  const groups: Ticket[][] = [];
  for (;;) {
    const oldest = byAge[0];
    if (!oldest || byAge.length < rules.groupMin || (byAge.length < rules.groupMax && now - oldest.enqueuedAt < rules.groupFillMs)) return groups;
    groups.push(byAge.splice(0, rules.groupMax));
  }
}

/** What the matcher does with a match: make the battle (on an assignment offering the players' `languages` when one does), start it. */
export type MakeBattle = (match: { mode: BattleMode; userIds: string[]; pairingKey: string; languages: string[] }) => Promise<string>;

/**
 * Runs on every instance: every `intervalMs`, for each mode, whoever gets the mode's lock
 * reads the queue, forms matches, claims each match's tickets atomically (a ticket already
 * gone spoils the match, never doubles it) and makes the battle. If making it fails the
 * tickets go back on the queue.
 */
export function startMatcher(deps: {
  queue: MatchmakingQueue;
  rules: MatchRules;
  intervalMs: number;
  makeBattle: MakeBattle;
  notify: (userIds: string[], battleId: string) => void;
  metrics: Pick<Metrics, 'matchmakingWait'>;
  logger: Logger;
}) {
  const token = randomUUID();
  const lockTtlMs = Math.max(5_000, deps.intervalMs * 4);
  let running = false;

  async function matchMode(mode: BattleMode): Promise<void> {
    if (!(await deps.queue.tryLock(mode, token, lockTtlMs))) return;
    try {
      const queued = await deps.queue.snapshot(mode);
      const now = Date.now();
      const matches = mode === '1v1' ? pairPlayers(queued, deps.rules, now) : formGroups(queued, deps.rules, now);
      for (const match of matches) {
        if (!(await deps.queue.claim(mode, match))) continue;
        const userIds = match.map((t) => t.userId);
        // The matched tickets name the battle; the unique pairing_key refuses a second one for them.
        const pairingKey = `${mode}:${match.map((t) => t.ticket).sort().join(',')}`;
        const languages = [...new Set(match.flatMap((t) => (t.language ? [t.language] : [])))];
        try {
          const battleId = await deps.makeBattle({ mode, userIds, pairingKey, languages });
          for (const ticket of match) deps.metrics.matchmakingWait.observe({ mode }, (Date.now() - ticket.enqueuedAt) / 1000);
          deps.notify(userIds, battleId);
        } catch (error) {
          deps.logger.error({ err: error, mode, userIds }, 'matchmade battle not made; players back in the queue');
          await deps.queue.restore(mode, match);
        }
      }
    } finally {
      await deps.queue.unlock(mode, token).catch(() => {});
    }
  }

  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      for (const mode of ['1v1', 'group'] as const) await matchMode(mode);
    } catch (error) {
      deps.logger.warn({ err: (error as Error).message }, 'matchmaking round failed');
    } finally {
      running = false;
    }
  }, deps.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
