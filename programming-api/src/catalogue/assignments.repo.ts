import type { AssignmentDetail, AssignmentSummary, Sample } from '@eduscale/contracts';
import type { Queryable } from '@eduscale/server-kit/deps';

export async function listAssignments(sql: Queryable): Promise<AssignmentSummary[]> {
  return sql<AssignmentSummary[]>`
    select slug, title, difficulty, languages, points, tags
    from assignments
    where retired_at is null
    order by position, slug`;
}

type AssignmentRow = Omit<AssignmentDetail, 'samples'> & { id: string };

export async function findAssignment(sql: Queryable, slug: string): Promise<AssignmentRow | undefined> {
  const [row] = await sql<AssignmentRow[]>`
    select id, slug, title, statement, difficulty, points, languages, tags,
           starter_code, time_limit_ms, memory_limit_mb
    from assignments
    where slug = ${slug} and retired_at is null`;
  return row;
}

/** Samples only: hidden tests are read by the grader, never by a public route. */
export async function findSamples(sql: Queryable, assignmentId: string): Promise<Sample[]> {
  return sql<Sample[]>`
    select input, expected from assignment_tests
    where assignment_id = ${assignmentId} and is_sample
    order by ordinal`;
}
