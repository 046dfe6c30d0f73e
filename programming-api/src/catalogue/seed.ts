/** `npm run seed`: validates content/assignments and loads it into Postgres. */
import { createSql } from '../db.ts';
import { createLogger } from '../logger.ts';
import { readCatalogue } from './content.ts';
import { seedCatalogue } from './seed.service.ts';

const logger = createLogger(process.env.LOG_LEVEL ?? 'info');
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  logger.fatal('DATABASE_URL is required');
  process.exit(1);
}
const sql = createSql(databaseUrl, { max: 1 });
try {
  const report = await seedCatalogue(sql, await readCatalogue());
  logger.info({ created: report.created.length, newVersion: report.newVersion, unchanged: report.unchangedTests.length, retired: report.retired }, 'catalogue seeded');
} catch (error) {
  logger.fatal({ err: error }, 'seeding the catalogue failed');
  process.exitCode = 1;
} finally {
  await sql.end();
}
