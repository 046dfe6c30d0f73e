import type { Queryable } from '@eduscale/server-kit/deps';

export async function pointsByUser(sql: Queryable): Promise<{ username: string; points: number }[]> {
  return sql<{ username: string; points: number }[]>`
    select u.username, sum(s.points)::int as points
    from solves s join users u on u.id = s.user_id
    group by u.username
    having sum(s.points) > 0`;
}

export interface SolvedRow {
  assignment: string;
  title: string;
  difficulty: string;
  points: number;
  solvedAt: Date;
}

export async function findSolved(sql: Queryable, userId: string): Promise<SolvedRow[]> {
  return sql<SolvedRow[]>`
    select a.slug as assignment, a.title, a.difficulty, s.points, s.solved_at
    from solves s join assignments a on a.id = s.assignment_id
    where s.user_id = ${userId}
    order by s.solved_at desc`;
}

/** Solved and total assignments per difficulty and per tag, over the live catalogue. */
export async function countCoverage(sql: Queryable, userId: string) {
  const byDifficulty = await sql<{ difficulty: string; solved: number; total: number }[]>`
    select a.difficulty, count(s.user_id)::int as solved, count(*)::int as total
    from assignments a left join solves s on s.assignment_id = a.id and s.user_id = ${userId}
    where a.retired_at is null
    group by a.difficulty
    order by array_position(array['easy', 'medium', 'hard'], a.difficulty)`;
  const byTag = await sql<{ tag: string; solved: number; total: number }[]>`
    select t.tag, count(s.user_id)::int as solved, count(*)::int as total
    from assignments a cross join unnest(a.tags) as t(tag)
    left join solves s on s.assignment_id = a.id and s.user_id = ${userId}
    where a.retired_at is null
    group by t.tag
    order by t.tag`;
  return { byDifficulty, byTag };
}

/** UTC days with at least one accepted submission, newest first. */
export async function findAcceptedDays(sql: Queryable, userId: string): Promise<string[]> {
  const rows = await sql<{ day: string }[]>`
    select distinct (s.created_at at time zone 'utc')::date::text as day
    from submissions s join gradings g on g.id = s.grading_id
    where s.user_id = ${userId} and g.verdict = 'accepted'
    order by day desc
    limit 400`;
  return rows.map((row) => row.day);
}
