import type { OnlinePlayers } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import { displayRating } from '../results/openskill.ts';
import type { Presence } from './presence.ts';
import * as repo from './presence.repo.ts';

/** The lobby's list: players with a battle socket open on any instance, best rated first. */
export function createOnlinePlayers(deps: { sql: Sql; presence: Pick<Presence, 'online'> }) {
  return {
    async list(): Promise<OnlinePlayers> {
      const players = await repo.findPlayersById(deps.sql, await deps.presence.online(200));
      const items = players.map((p) => ({ username: p.username, rating: displayRating(p), inBattle: p.inBattle }));
      return { items: items.sort((a, b) => b.rating - a.rating || a.username.localeCompare(b.username)) };
    },
  };
}

export type OnlinePlayersService = ReturnType<typeof createOnlinePlayers>;
