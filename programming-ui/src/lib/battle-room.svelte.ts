import type { BattleEnd, BattleProgress, BattleState, Problem } from '@eduscale/contracts';
import { battleApi } from './battle-api.ts';
import { isInFlight, progressStatusLabel } from './battle-format.ts';
import { connectBattleSocket, signInAgain, type BattleSocket } from './battle-socket.ts';

export type LiveProgress = Pick<BattleProgress, 'passed' | 'total' | 'status'>;
export type Connection = 'connecting' | 'live' | 'reconnecting';

/** How long the first `battle:join` may take before the state is read over HTTP instead. */
const HTTP_FALLBACK_MS = 5000;
const ACK_ERRORS: Record<string, number> = { forbidden: 403, not_found: 404, invalid: 400, unauthenticated: 401, unavailable: 503 };

/**
 * One battle followed live: `battle:join` on every (re)connect brings the full state, then
 * `battle:state`, `battle:progress` (each test of a submission being graded) and `battle:end`
 * keep it current.
 */
export class BattleRoom {
  state = $state<BattleState | null>(null);
  /** The latest `battle:progress` per player: the submission being graded, or its verdict. */
  live = $state<Record<string, LiveProgress>>({});
  end = $state<BattleEnd | null>(null);
  connection = $state<Connection>('connecting');
  /** Why the battle cannot be shown (not a player, no such battle). */
  problem = $state<Problem | null>(null);
  /** The last thing worth telling a screen reader user (a verdict, the end). */
  announcement = $state('');

  readonly battleId: string;
  /** When each player's last `battle:progress` arrived. */
  #heardAt = new Map<string, number>();

  constructor(battleId: string) {
    this.battleId = battleId;
  }

  open(): () => void {
    const socket = connectBattleSocket({ onSignedOut: signInAgain });
    socket.on('connect', () => this.#join(socket));
    socket.on('disconnect', () => (this.connection = 'reconnecting'));
    socket.on('connect_error', () => (this.connection = 'reconnecting'));
    // With the battle servers' sockets unreachable the page still shows the battle, over HTTP.
    const fallback = setTimeout(() => {
      if (!this.state) void this.reload();
    }, HTTP_FALLBACK_MS);
    socket.on('battle:state', (state) => this.#apply(state));
    socket.on('battle:progress', (progress) => this.#progress(progress));
    socket.on('battle:end', (end) => {
      if (end.battleId !== this.battleId) return;
      this.end = end;
      this.announcement = end.winner ? `The battle is over. ${end.winner} wins.` : 'The battle is over: a draw.';
    });
    return () => {
      clearTimeout(fallback);
      socket.disconnect();
    };
  }

  /** The state again over HTTP, after an action whose broadcast may come later (or not at all, if the socket is down). */
  async reload(): Promise<void> {
    const response = await battleApi.get(this.battleId);
    if (response.ok) this.#apply(response.data);
    else if (!this.state) this.problem = response.problem;
  }

  /**
   * A submission of `username`'s, sent at `sentAt`, was taken: queued until its first event
   * says otherwise (unless an event already came, which can beat the HTTP answer).
   */
  expectGrading(username: string, sentAt: number): void {
    if ((this.#heardAt.get(username) ?? 0) >= sentAt) return;
    this.live[username] = { passed: 0, total: 0, status: 'queued' };
  }

  #join(socket: BattleSocket): void {
    socket.emit('battle:join', { battleId: this.battleId }, (ack) => {
      if (ack.ok) {
        this.connection = 'live';
        this.problem = null;
        this.#apply(ack.state);
      } else if (ack.error.code === 'unauthenticated') {
        signInAgain();
      } else {
        this.problem = { type: 'about:blank', title: ack.error.message, status: ACK_ERRORS[ack.error.code] ?? 500, detail: ack.error.message };
      }
    });
  }

  #apply(state: BattleState): void {
    if (state.id !== this.battleId) return;
    const before = this.state;
    this.state = state;
    if (before?.pausedAt === null && state.pausedAt) this.announcement = 'The battle is paused: grading is unavailable.';
    if (before?.pausedAt && state.pausedAt === null) this.announcement = 'The battle resumed.';
  }

  #progress(progress: BattleProgress): void {
    if (progress.battleId !== this.battleId) return;
    this.#heardAt.set(progress.username, performance.now());
    this.live[progress.username] = { passed: progress.passed, total: progress.total, status: progress.status };
    if (!isInFlight(progress.status)) {
      this.announcement = `${progress.username}: ${progressStatusLabel(progress.status)}, ${progress.passed} of ${progress.total} tests passed.`;
    }
  }
}
