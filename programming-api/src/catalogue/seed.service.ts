import { createHash } from 'node:crypto';
import type { Sql } from '@eduscale/server-kit/deps';
import type { CatalogueCache } from './catalogue-cache.ts';
import { lockCatalogue, replaceComplexityInputs, replaceTests, retireAssignments, storedVersions, upsertAssignment } from './catalogue.repo.ts';
import type { AuthoredAssignment } from './content.schema.ts';

export interface SeedReport {
  created: string[];
  /** Assignments whose tests changed: their version went up. */
  newVersion: string[];
  unchangedTests: string[];
  retired: string[];
}

/**
 * Loads the authored catalogue in one transaction. Idempotent: running it twice changes
 * nothing the second time; a version goes up only when that assignment's tests (or its
 * complexity spec and inputs) changed.
 * Then, once committed, tells the read cache which catalogue is current.
 */
export async function seedCatalogue(deps: { sql: Sql; cache?: CatalogueCache }, authored: AuthoredAssignment[]): Promise<SeedReport> {
  const report = await loadCatalogue(deps.sql, authored);
  await deps.cache?.publishGeneration(catalogueFingerprint(authored));
  return report;
}

/** Same content, same fingerprint: a seed that changed nothing leaves cached reads valid. */
function catalogueFingerprint(authored: AuthoredAssignment[]): string {
  return createHash('sha256').update(JSON.stringify(authored)).digest('base64url').slice(0, 22);
}

async function loadCatalogue(sql: Sql, authored: AuthoredAssignment[]): Promise<SeedReport> {
  return sql.begin(async (tx) => {
    await lockCatalogue(tx);
    const stored = new Map((await storedVersions(tx)).map((row) => [row.slug, row]));
    const report: SeedReport = { created: [], newVersion: [], unchangedTests: [], retired: [] };
    for (const [position, assignment] of authored.entries()) {
      const existing = stored.get(assignment.slug);
      const testsChanged = existing?.testsHash !== assignment.testsHash;
      const version = !existing ? 1 : testsChanged ? existing.version + 1 : existing.version;
      const id = await upsertAssignment(tx, assignment, position, version);
      if (testsChanged) {
        await replaceTests(tx, id, assignment);
        // tests_hash covers the complexity spec and its inputs: they change with the version too.
        await replaceComplexityInputs(tx, id, assignment);
      }
      (!existing ? report.created : testsChanged ? report.newVersion : report.unchangedTests).push(assignment.slug);
    }
    const authoredSlugs = new Set(authored.map((a) => a.slug));
    report.retired = [...stored.values()].filter((row) => !authoredSlugs.has(row.slug) && row.retiredAt === null).map((row) => row.slug);
    await retireAssignments(tx, report.retired);
    return report;
  });
}
