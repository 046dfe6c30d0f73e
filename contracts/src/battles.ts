import { z } from 'zod';
import { Username } from './accounts.ts';
import { Slug } from './assignments.ts';
import { Language } from './languages.ts';
import { SourceCode } from './submissions.ts';

export const BATTLE_MODES = ['1v1', 'group'] as const;
export const BattleMode = z.enum(BATTLE_MODES);
export type BattleMode = z.infer<typeof BattleMode>;

export const BATTLE_STATUSES = ['invited', 'waiting', 'running', 'finished', 'cancelled'] as const;
export const BattleStatus = z.enum(BATTLE_STATUSES);
export type BattleStatus = z.infer<typeof BattleStatus>;

/** `POST /api/battles`: a direct challenge. */
export const CreateBattleRequest = z.strictObject({ opponent: Username, assignment: Slug.optional() });
export type CreateBattleRequest = z.infer<typeof CreateBattleRequest>;

export const BattleCreated = z.object({ id: z.string(), status: BattleStatus });
export type BattleCreated = z.infer<typeof BattleCreated>;

export const BattleStarted = z.object({
  id: z.string(),
  status: z.literal('running'),
  startedAt: z.string(),
  endsAt: z.string(),
  assignment: z.string(),
});
export type BattleStarted = z.infer<typeof BattleStarted>;

/** `POST /api/battles/queue`: join matchmaking for a mode (the language is a preference, kept with the ticket). */
export const QueueRequest = z.strictObject({ mode: BattleMode, language: Language.optional() });
export type QueueRequest = z.infer<typeof QueueRequest>;

/** The same ticket for as long as the player stays queued. */
export const QueueTicket = z.object({ ticket: z.string() });
export type QueueTicket = z.infer<typeof QueueTicket>;

/** `POST /api/battles/:id/submissions`: graded by programming-api's ordinary submissions, under the same limits. */
export const BattleSubmissionRequest = z.strictObject({ language: Language, code: SourceCode });
export type BattleSubmissionRequest = z.infer<typeof BattleSubmissionRequest>;

/** `id` is the programming-api submission: `GET /api/submissions/:id` shows its result. */
export const BattleSubmissionAccepted = z.object({ id: z.string() });
export type BattleSubmissionAccepted = z.infer<typeof BattleSubmissionAccepted>;

export const RATING_BOARDS = ['rating', 'season'] as const;
export const RatingBoard = z.enum(RATING_BOARDS);
export type RatingBoard = z.infer<typeof RatingBoard>;

/**
 * `GET /api/battles/leaderboard?board=rating|season`: by conservative rating (μ − 3σ), or by
 * the current season's points (a calendar month, UTC), best first. Every item carries both.
 */
export const RatingLeaderboard = z.object({
  board: RatingBoard,
  /** The current season, `YYYY-MM`. */
  season: z.string(),
  items: z.array(z.object({ rank: z.number().int().min(1), username: z.string(), rating: z.number(), seasonPoints: z.number().int().min(0) })),
});
export type RatingLeaderboard = z.infer<typeof RatingLeaderboard>;

/** `GET /api/battles/online`: players with a battle socket open now, on any instance. */
export const OnlinePlayers = z.object({
  items: z.array(z.object({ username: z.string(), rating: z.number(), inBattle: z.boolean() })),
});
export type OnlinePlayers = z.infer<typeof OnlinePlayers>;

/** `GET /api/battles`: the signed-in player's battles, newest first (open challenges included). */
export const MyBattles = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      mode: BattleMode,
      status: BattleStatus,
      assignment: z.string(),
      /** The other players' usernames. */
      opponents: z.array(z.string()),
      /** Who sent a direct challenge (null when matchmade). */
      challenger: z.string().nullable(),
      winner: z.string().nullable(),
      createdAt: z.string(),
      endsAt: z.string().nullable(),
    }),
  ),
});
export type MyBattles = z.infer<typeof MyBattles>;

export const BattlePlayer = z.object({
  username: z.string(),
  /** Conservative OpenSkill rating, μ − 3σ. */
  rating: z.number(),
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  finishedAt: z.string().nullable(),
  /** Left (disconnected past the grace period) and ranked last. */
  forfeited: z.boolean(),
  /** Has a battle socket open in this battle now. */
  connected: z.boolean(),
  /** Once the battle is finished: the player's rank, rating before → after it, and season points earned. */
  result: z
    .object({ rank: z.number().int().min(1), ratingBefore: z.number(), ratingAfter: z.number(), seasonPoints: z.number().int().min(0) })
    .nullable(),
});
export type BattlePlayer = z.infer<typeof BattlePlayer>;

/** `GET /api/battles/:id`, and the `battle:state` socket event. */
export const BattleState = z.object({
  id: z.string(),
  mode: BattleMode,
  status: BattleStatus,
  assignment: z.string(),
  players: z.array(BattlePlayer),
  winner: z.string().nullable(),
  startedAt: z.string().nullable(),
  /** Moves later by however long the battle was paused. */
  endsAt: z.string().nullable(),
  /** Set while grading is unavailable: the clock is stopped and submissions wait. */
  pausedAt: z.string().nullable(),
  /** Why a finished battle ended. */
  endReason: z.enum(['solved', 'all_finished', 'deadline', 'forfeit', 'grading_unavailable']).nullable(),
});
export type BattleState = z.infer<typeof BattleState>;

export const BattleJoin = z.strictObject({ battleId: z.uuid() });
export type BattleJoin = z.infer<typeof BattleJoin>;

export const BattleProgress = z.object({
  battleId: z.string(),
  username: z.string(),
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  /** The submission's status: queued, running, or its final verdict. */
  status: z.string(),
});
export type BattleProgress = z.infer<typeof BattleProgress>;

export type BattleEndReason = NonNullable<BattleState['endReason']>;

export interface BattleEnd {
  battleId: string;
  winner: string | null;
  reason: BattleEndReason;
  ratings: Record<string, { before: number; after: number }>;
  /** Season points each player earned in this battle. */
  seasonPoints: Record<string, number>;
}

/** Every ack is a result union; `error` never carries a raw exception message. */
export type Ack<T> = { ok: true } & T | { ok: false; error: { code: 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'unavailable'; message: string } };

export interface BattleServerEvents {
  'battle:state': (state: BattleState) => void;
  'battle:progress': (progress: BattleProgress) => void;
  'battle:end': (end: BattleEnd) => void;
  'match:found': (match: { battleId: string }) => void;
  /** To the challenged player, wherever they are connected. */
  'battle:invite': (invite: { battleId: string; from: string }) => void;
}

export interface BattleClientEvents {
  'battle:join': (payload: BattleJoin, ack: (result: Ack<{ state: BattleState }>) => void) => void;
}
