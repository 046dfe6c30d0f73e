import type { Queryable } from '@eduscale/server-kit/deps';
import type { AuthoredAssignment } from './content.schema.ts';

export interface StoredVersion {
  slug: string;
  id: string;
  version: number;
  testsHash: string;
  retiredAt: Date | null;
}

export async function lockCatalogue(sql: Queryable): Promise<void> {
  // Two seeds at once (two replicas starting) take turns instead of racing on versions.
  await sql`select pg_advisory_xact_lock(hashtext('eduscale:catalogue-seed'))`;
}

export async function storedVersions(sql: Queryable): Promise<StoredVersion[]> {
  return sql<StoredVersion[]>`select slug, id, version, tests_hash, retired_at from assignments`;
}

export async function upsertAssignment(sql: Queryable, a: AuthoredAssignment, position: number, version: number): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into assignments (slug, title, difficulty, points, tags, statement, languages, starter_code,
                             time_limit_ms, memory_limit_mb, checker, version, tests_hash, position,
                             complexity_expected, complexity_n)
    values (${a.slug}, ${a.title}, ${a.difficulty}, ${a.points}, ${a.tags}, ${a.statement},
            ${Object.keys(a.starterCode)}, ${sql.json(a.starterCode)}, ${a.timeLimitMs}, ${a.memoryLimitMb},
            ${sql.json(a.checker)}, ${version}, ${a.testsHash}, ${position},
            ${a.complexity?.expected ?? null}, ${a.complexity?.n ?? null})
    on conflict (slug) do update set
      title = excluded.title, difficulty = excluded.difficulty, points = excluded.points, tags = excluded.tags,
      statement = excluded.statement, languages = excluded.languages, starter_code = excluded.starter_code,
      time_limit_ms = excluded.time_limit_ms, memory_limit_mb = excluded.memory_limit_mb,
      checker = excluded.checker, version = excluded.version, tests_hash = excluded.tests_hash,
      position = excluded.position, complexity_expected = excluded.complexity_expected,
      complexity_n = excluded.complexity_n, retired_at = null, updated_at = now()
    returning id`;
  if (!row) throw new Error(`upserting ${a.slug} returned no row`);
  return row.id;
}

export async function replaceTests(sql: Queryable, assignmentId: string, a: AuthoredAssignment): Promise<void> {
  await sql`delete from assignment_tests where assignment_id = ${assignmentId}`;
  const rows = [
    ...a.samples.map((t) => ({ ...t, isSample: true })),
    ...a.hidden.map((t) => ({ ...t, isSample: false })),
  ].map((t, ordinal) => ({ assignment_id: assignmentId, ordinal, name: t.name, is_sample: t.isSample, input: t.input, expected: t.expected }));
  await sql`insert into assignment_tests ${sql(rows)}`;
}

export async function replaceComplexityInputs(sql: Queryable, assignmentId: string, a: AuthoredAssignment): Promise<void> {
  await sql`delete from assignment_complexity_inputs where assignment_id = ${assignmentId}`;
  if (!a.complexity) return;
  const rows = a.complexity.inputs.map(({ n, input }, ordinal) => ({ assignment_id: assignmentId, ordinal, n, input }));
  await sql`insert into assignment_complexity_inputs ${sql(rows)}`;
}

export async function retireAssignments(sql: Queryable, slugs: string[]): Promise<void> {
  if (slugs.length === 0) return;
  await sql`update assignments set retired_at = now() where slug in ${sql(slugs)} and retired_at is null`;
}
