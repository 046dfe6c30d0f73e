/**
 * `npm run seed`: validates content/assignments, content/roadmaps and content/assessments, loads
 * them into DATABASE_URL (roadmaps and assessments after the catalogue they name) and, with
 * REDIS_URL set (the launcher sets it), tells the API's read cache which catalogue is current.
 */
import { createRedis, createSql, type Redis } from '@eduscale/server-kit/deps';
import { createLogger } from '../logger.ts';
import { createCatalogueCache } from './catalogue-cache.ts';
import { readCatalogue } from './content.ts';
import { readAssessments } from '../assessments/assessment-content.ts';
import { seedAssessments } from '../assessments/assessment-seed.service.ts';
import { readRoadmaps } from '../roadmaps/roadmap-content.ts';
import { seedRoadmaps } from '../roadmaps/roadmap-seed.service.ts';
import { seedCatalogue } from './seed.service.ts';

const logger = createLogger(process.env.LOG_LEVEL ?? 'info');
const databaseUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
if (!databaseUrl) {
  logger.fatal('DATABASE_URL is required');
  process.exit(1);
}
if (!redisUrl) logger.warn('REDIS_URL is not set: a running API may serve the previous catalogue until its cache entries expire (5 min)');

const sql = createSql(databaseUrl, { max: 1 });
let redis: Redis | undefined;
try {
  if (redisUrl) redis = await connectRedis(redisUrl);
  const report = await seedCatalogue({ sql, cache: redis && createCatalogueCache({ redis }) }, await readCatalogue());
  logger.info({ created: report.created.length, newVersion: report.newVersion, unchanged: report.unchangedTests.length, retired: report.retired }, 'catalogue seeded');
  const roadmaps = await seedRoadmaps(sql, await readRoadmaps());
  logger.info({ created: roadmaps.created, updated: roadmaps.updated, unchanged: roadmaps.unchanged.length, retired: roadmaps.retired }, 'roadmaps seeded');
  logger.info(await seedAssessments(sql, await readAssessments()), 'assessments seeded');
} catch (error) {
  // Running the seed again repairs a cache it could not reach: it republishes the same generation.
  logger.fatal({ err: error }, 'seeding the catalogue, the roadmaps or the assessments failed');
  process.exitCode = 1;
} finally {
  redis?.disconnect();
  await sql.end();
}

async function connectRedis(url: string): Promise<Redis> {
  const client = createRedis(url);
  try {
    await new Promise<void>((resolve, reject) => {
      client.once('ready', resolve);
      client.once('error', reject);
    });
  } catch (error) {
    client.disconnect();
    throw error;
  }
  return client;
}
