import type { ProgressResponse } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { RoadmapService } from '../roadmaps/roadmaps.service.ts';
import { countCoverage, findAcceptedDays, findSolved } from './progress.repo.ts';

const DAY_MS = 24 * 3600 * 1000;

export function createProgressService(deps: { sql: Sql; roadmaps: Pick<RoadmapService, 'standings'> }) {
  const { sql } = deps;
  return {
    async of(user: SessionUser, now = new Date()): Promise<ProgressResponse> {
      const [solved, coverage, days, roadmaps] = await Promise.all([findSolved(sql, user.id), countCoverage(sql, user.id), findAcceptedDays(sql, user.id), deps.roadmaps.standings(user)]);
      return {
        points: solved.reduce((sum, row) => sum + row.points, 0),
        solved: solved.map((row) => ({ ...row, solvedAt: row.solvedAt.toISOString() })),
        ...coverage,
        streakDays: streakDays(days, now),
        roadmaps,
      };
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;

/** Consecutive days ending today or yesterday (a streak is not lost before the day is over). */
export function streakDays(daysNewestFirst: string[], now: Date): number {
  const today = Date.parse(now.toISOString().slice(0, 10));
  let expected = Date.parse(daysNewestFirst[0] ?? '');
  if (!(expected === today || expected === today - DAY_MS)) return 0;
  let streak = 0;
  for (const day of daysNewestFirst) {
    if (Date.parse(day) !== expected) break;
    streak++;
    expected -= DAY_MS;
  }
  return streak;
}
