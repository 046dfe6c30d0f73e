import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Sql } from '@eduscale/server-kit/deps';
import { createScratchDatabase } from '@eduscale/test-kit/databases';
import { DEFAULT_CONTENT_DIR, readAssignment, readCatalogue } from '../src/catalogue/content.ts';
import type { AuthoredAssignment } from '../src/catalogue/content.schema.ts';
import { seedCatalogue } from '../src/catalogue/seed.service.ts';

const SLUG = 'two-sum';

describe('seeding the complexity specs', () => {
  let sql: Sql;
  let drop: () => Promise<void>;
  let catalogue: AuthoredAssignment[];
  let scratch: string;
  let folder: string;

  before(async () => {
    ({ sql, drop } = await createScratchDatabase());
    catalogue = await readCatalogue();
    scratch = mkdtempSync(join(tmpdir(), 'complexity-seed-'));
    folder = join(scratch, SLUG);
    cpSync(join(DEFAULT_CONTENT_DIR, SLUG), folder, { recursive: true });
  });
  after(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await drop();
  });

  /** The read the grader makes: the series of the assignment's current version, in increasing n. */
  const series = (slug: string) => sql<{ version: number; expected: string | null; n: number; input: string }[]>`
    select a.version, a.complexity_expected as expected, i.n, i.input
    from assignments a left join assignment_complexity_inputs i on i.assignment_id = a.id
    where a.slug = ${slug}
    order by i.ordinal`;
  const withFolder = async () => {
    const edited = await readAssignment(folder, SLUG);
    return catalogue.map((a) => (a.slug === SLUG ? edited : a));
  };

  it('stores each spec\'s class, what n counts and its inputs in order, and nothing for the others', async () => {
    await seedCatalogue({ sql }, catalogue);
    const specified = catalogue.filter((a) => a.complexity !== null);
    assert.ok(specified.some((a) => a.slug === SLUG));
    for (const a of specified) {
      const rows = await series(a.slug);
      assert.deepEqual(rows.map((r) => [r.n, r.input]), a.complexity!.inputs.map((i) => [i.n, i.input]), a.slug);
      assert.ok(rows.every((r) => r.expected === a.complexity!.expected));
    }
    const [stored] = await sql<{ n: string }[]>`select complexity_n as n from assignments where slug = ${SLUG}`;
    assert.equal(stored!.n, catalogue.find((a) => a.slug === SLUG)!.complexity!.n);
    const [unspecified] = await sql<{ count: number }[]>`
      select count(*)::int from assignments a
      where (a.complexity_expected is not null or exists (select from assignment_complexity_inputs i where i.assignment_id = a.id))
        and a.slug not in ${sql(specified.map((a) => a.slug))}`;
    assert.equal(unspecified!.count, 0);
  });

  it('bumps the version and replaces the inputs when the spec changes, and not on a second run', async () => {
    const specPath = join(folder, 'complexity', 'spec.json');
    const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { sizes: number[] };
    // The largest size one smaller: a different last input, and still at least 8 sizes.
    const sizes = [...spec.sizes.slice(0, -1), spec.sizes.at(-1)! - 1];
    writeFileSync(specPath, JSON.stringify({ ...spec, sizes }));
    const edited = await withFolder();
    assert.deepEqual((await seedCatalogue({ sql }, edited)).newVersion, [SLUG]);
    const rows = await series(SLUG);
    assert.deepEqual(rows.map((r) => r.n), sizes);
    assert.ok(rows.every((r) => r.version === 2));
    assert.deepEqual((await seedCatalogue({ sql }, edited)).newVersion, []);
  });

  it('bumps the version and clears the class and the inputs when the spec is removed', async () => {
    rmSync(join(folder, 'complexity'), { recursive: true });
    assert.deepEqual((await seedCatalogue({ sql }, await withFolder())).newVersion, [SLUG]);
    assert.deepEqual([...(await series(SLUG))], [{ version: 3, expected: null, n: null, input: null }]);
  });
});
