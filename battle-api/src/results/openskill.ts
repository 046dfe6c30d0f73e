import { rate } from 'openskill';
import { plackettLuce } from 'openskill/models';

export interface Skill {
  mu: number;
  sigma: number;
}

/** OpenSkill's defaults, as in player_ratings' column defaults. */
export const NEW_PLAYER: Skill = Object.freeze({ mu: 25, sigma: 25 / 3 });

/** What players see: the conservative μ − 3σ (a new player is 0), to two decimals. */
export const displayRating = (skill: Skill) => Math.round((skill.mu - 3 * skill.sigma) * 100) / 100;

/**
 * One Plackett-Luce update for any battle size: a 1v1 is a two-player ranking. Each player is
 * a team of one; `ranks` are 1-based and tied players share a rank (a draw).
 */
export function rateBattle(players: { skill: Skill; rank: number }[]): Skill[] {
  const rated = rate(
    players.map((p) => [{ mu: p.skill.mu, sigma: p.skill.sigma }]),
    { rank: players.map((p) => p.rank), model: plackettLuce },
  );
  return rated.map((team, i) => team[0] ?? players[i]?.skill ?? NEW_PLAYER);
}
