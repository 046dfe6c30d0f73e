import type {
  AssignmentSummary,
  BattleCreated,
  BattleMode,
  BattleStarted,
  BattleState,
  BattleSubmissionAccepted,
  BattleSubmissionRequest,
  MyBattles,
  OnlinePlayers,
  Problem,
  QueueTicket,
  RatingBoard,
  RatingLeaderboard,
} from '@eduscale/contracts';
import { callApi } from './client-api.ts';

export type MyBattle = MyBattles['items'][number];
export type OnlinePlayer = OnlinePlayers['items'][number];
/** What the battle pages need of an assignment in the catalogue. */
export type BattleAssignment = Pick<AssignmentSummary, 'slug' | 'title' | 'difficulty'>;

const battlePath = (id: string) => `/api/battles/${encodeURIComponent(id)}`;

/** The battle servers' HTTP API (routed by NGINX), as the battle islands call it. */
export const battleApi = {
  mine: () => callApi<MyBattles>('/api/battles'),
  online: () => callApi<OnlinePlayers>('/api/battles/online'),
  leaderboard: (board: RatingBoard) => callApi<RatingLeaderboard>(`/api/battles/leaderboard?board=${board}&limit=50`),
  get: (id: string) => callApi<BattleState>(battlePath(id)),
  challenge: (body: { opponent: string; assignment?: string }) => callApi<BattleCreated>('/api/battles', { method: 'POST', body }),
  /** Accepting a challenge: either player may call it, any number of times. */
  start: (id: string) => callApi<BattleStarted>(`${battlePath(id)}/start`, { method: 'POST' }),
  /** Declines (the challenged) or withdraws (the challenger) a challenge not yet started. */
  callOff: (id: string) => callApi<null>(battlePath(id), { method: 'DELETE' }),
  submit: (id: string, body: BattleSubmissionRequest) => callApi<BattleSubmissionAccepted>(`${battlePath(id)}/submissions`, { method: 'POST', body }),
  joinQueue: (mode: BattleMode) => callApi<QueueTicket>('/api/battles/queue', { method: 'POST', body: { mode } }),
  leaveQueue: () => callApi<null>('/api/battles/queue', { method: 'DELETE' }),
  /** From `pagehide`: keepalive lets the request outlive the page. */
  leaveQueueOnExit: () => void fetch('/api/battles/queue', { method: 'DELETE', credentials: 'same-origin', keepalive: true }).catch(() => {}),
};

/** The open battle a 409 on a challenge points at (the problem's `battleId` extension). */
export function conflictingBattle(problem: Problem): string | null {
  const battleId = (problem as Problem & { battleId?: unknown }).battleId;
  return problem.status === 409 && typeof battleId === 'string' ? battleId : null;
}

export const roomHref = (battleId: string) => `/battles/${encodeURIComponent(battleId)}`;
