import type { BattleCreated, BattleMode, BattleStarted, Problem } from '@eduscale/contracts';
import { battleApi, roomHref, type MyBattle, type OnlinePlayer } from './battle-api.ts';
import { connectBattleSocket, signInAgain } from './battle-socket.ts';
import type { ClientResult, Loadable } from './client-api.ts';
import { foundMatch, type QueueSearch } from './matchmaking.ts';

/** How often the online list and the battles refresh (invitations also arrive live). */
const REFRESH_MS = 10_000;
const RECENT_COUNT = 8;

/**
 * The lobby's live state: my battles (invitations, open challenges, recent results), who is
 * online, and matchmaking. The socket brings `battle:invite` and `match:found`; holding it open
 * is also what lists this player as online.
 */
export class BattleLobby {
  battles = $state<Loadable<MyBattle[]>>({ phase: 'loading' });
  online = $state<Loadable<OnlinePlayer[]>>({ phase: 'loading' });
  search = $state<QueueSearch | null>(null);
  queueBusy = $state(false);
  queueProblem = $state<Problem | null>(null);

  readonly #me: string;

  readonly incoming = $derived(this.#mine().filter((b) => b.status === 'invited' && b.challenger !== this.#me));
  readonly outgoing = $derived(this.#mine().filter((b) => b.status === 'invited' && b.challenger === this.#me));
  readonly recent = $derived(this.#mine().filter((b) => b.status !== 'invited').slice(0, RECENT_COUNT));
  readonly others = $derived(this.online.phase === 'ready' ? this.online.data.filter((p) => p.username !== this.#me) : []);

  constructor(me: string) {
    this.#me = me;
  }

  /** Goes live: the socket and the periodic refresh. Returns what stops it. */
  open(): () => void {
    const socket = connectBattleSocket({ onSignedOut: signInAgain });
    socket.on('battle:invite', () => void this.refreshBattles());
    socket.on('match:found', ({ battleId }) => this.enter(battleId));
    // Once connected this player is online too; the list shows who else is.
    socket.on('connect', () => void this.refreshOnline());
    void this.refreshBattles();
    const timer = setInterval(() => {
      void this.refreshOnline();
      void this.refreshBattles();
    }, REFRESH_MS);
    // Leaving the page while queued would get this player matched into a battle they never see.
    const leave = () => {
      if (this.search) battleApi.leaveQueueOnExit();
    };
    addEventListener('pagehide', leave);
    return () => {
      clearInterval(timer);
      removeEventListener('pagehide', leave);
      socket.disconnect();
    };
  }

  enter(battleId: string): void {
    this.search = null;
    location.assign(roomHref(battleId));
  }

  async refreshBattles(): Promise<void> {
    const response = await battleApi.mine();
    if (response.ok) {
      this.battles = { phase: 'ready', data: response.data.items };
      this.#enterMatchMissedBySocket(response.data.items);
    } else if (this.battles.phase !== 'ready') {
      this.battles = { phase: 'failed', problem: response.problem };
    }
  }

  async refreshOnline(): Promise<void> {
    const response = await battleApi.online();
    if (response.ok) this.online = { phase: 'ready', data: response.data.items };
    else if (this.online.phase !== 'ready') this.online = { phase: 'failed', problem: response.problem };
  }

  async joinQueue(mode: BattleMode): Promise<void> {
    this.queueBusy = true;
    this.queueProblem = null;
    const response = await battleApi.joinQueue(mode);
    if (response.ok) this.search = { mode, since: Date.now() };
    else this.queueProblem = response.problem;
    this.queueBusy = false;
  }

  async leaveQueue(): Promise<void> {
    this.queueBusy = true;
    const response = await battleApi.leaveQueue();
    if (response.ok) this.search = null;
    else this.queueProblem = response.problem;
    this.queueBusy = false;
  }

  /** Challenges a player; on success the room opens, otherwise the problem comes back to show. */
  async challenge(request: { opponent: string; assignment?: string }): Promise<ClientResult<BattleCreated>> {
    const response = await battleApi.challenge(request);
    if (response.ok) this.enter(response.data.id);
    return response;
  }

  async accept(battleId: string): Promise<ClientResult<BattleStarted>> {
    const response = await battleApi.start(battleId);
    if (response.ok) this.enter(battleId);
    return response;
  }

  /** Declines an invitation or withdraws a challenge of mine. */
  async callOff(battleId: string): Promise<ClientResult<null>> {
    const response = await battleApi.callOff(battleId);
    if (response.ok) await this.refreshBattles();
    return response;
  }

  #mine(): MyBattle[] {
    return this.battles.phase === 'ready' ? this.battles.data : [];
  }

  // `match:found` is said once; a socket that was reconnecting just then missed it.
  #enterMatchMissedBySocket(items: MyBattle[]): void {
    const found = this.search && foundMatch(this.search, items);
    if (found) this.enter(found.id);
  }
}
