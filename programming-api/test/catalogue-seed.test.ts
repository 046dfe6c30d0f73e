import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Sql } from '@eduscale/server-kit/deps';
import { createScratchDatabase } from '@eduscale/test-kit/databases';
import { readCatalogue } from '../src/catalogue/content.ts';
import type { AuthoredAssignment } from '../src/catalogue/content.schema.ts';
import { seedCatalogue } from '../src/catalogue/seed.service.ts';

describe('seeding the catalogue', () => {
  let sql: Sql;
  let drop: () => Promise<void>;
  let catalogue: AuthoredAssignment[];

  before(async () => {
    ({ sql, drop } = await createScratchDatabase());
    catalogue = await readCatalogue();
  });
  after(() => drop());

  const versions = async () =>
    Object.fromEntries((await sql<{ slug: string; version: number }[]>`select slug, version from assignments`).map((r) => [r.slug, r.version]));

  it('creates every assignment at version 1 with its samples and hidden tests', async () => {
    assert.ok(catalogue.length >= 2, `content/ holds ${catalogue.length} assignments`);
    const report = await seedCatalogue({ sql }, catalogue);
    assert.equal(report.created.length, catalogue.length);
    const [counts] = await sql<{ assignments: number; tests: number }[]>`
      select (select count(*)::int from assignments) as assignments, (select count(*)::int from assignment_tests) as tests`;
    assert.equal(counts!.assignments, catalogue.length);
    assert.equal(counts!.tests, catalogue.reduce((n, a) => n + a.samples.length + a.hidden.length, 0));
    assert.deepEqual(await versions(), Object.fromEntries(catalogue.map((a) => [a.slug, 1])));
  });

  it('changes nothing when run again with the same content', async () => {
    const before = await versions();
    const report = await seedCatalogue({ sql }, catalogue);
    assert.equal(report.created.length + report.newVersion.length + report.retired.length, 0);
    assert.deepEqual(await versions(), before);
  });

  it('bumps the version of exactly the assignment whose tests changed', async () => {
    const [first, ...rest] = catalogue;
    const changed = { ...first!, hidden: [...first!.hidden, { name: 'zz-extra', input: '1 2\n', expected: '3\n' }], testsHash: 'changed' };
    const report = await seedCatalogue({ sql }, [changed, ...rest]);
    assert.deepEqual(report.newVersion, [first!.slug]);
    assert.ok(rest.length > 0, 'other assignments to leave alone');
    assert.deepEqual(await versions(), { ...Object.fromEntries(rest.map((a) => [a.slug, 1])), [first!.slug]: 2 });
  });

  it('keeps the version when only the statement changes', async () => {
    const [first, ...rest] = catalogue;
    const reworded = { ...first!, statement: `${first!.statement}\nReworded.`, hidden: [...first!.hidden, { name: 'zz-extra', input: '1 2\n', expected: '3\n' }], testsHash: 'changed' };
    const report = await seedCatalogue({ sql }, [reworded, ...rest]);
    assert.deepEqual(report.newVersion, []);
    assert.equal((await versions())[first!.slug], 2);
  });

  it('retires an assignment whose folder is gone, and hides it', async () => {
    const [first, ...rest] = catalogue;
    const report = await seedCatalogue({ sql }, rest);
    assert.deepEqual(report.retired, [first!.slug]);
    const [row] = await sql<{ retiredAt: Date | null }[]>`select retired_at from assignments where slug = ${first!.slug}`;
    assert.ok(row!.retiredAt instanceof Date);
  });
});
