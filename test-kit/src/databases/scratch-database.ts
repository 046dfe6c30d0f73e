/** A database of a test's own, cloned from the migrated template `npm test` prepares. */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createSql, type Sql } from '@eduscale/server-kit/deps';
import { requireEnv } from '../env/require-env.ts';

export interface ScratchDatabase {
  sql: Sql;
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(options: { prefix?: string; max?: number } = {}): Promise<ScratchDatabase> {
  const template = new URL(requireEnv('TEMPLATE_DATABASE_URL'));
  const name = `${options.prefix ?? 'scratch'}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(requireEnv('DATABASE_URL'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${template.pathname.slice(1)}`);
  const url = new URL(template);
  url.pathname = `/${name}`;
  const sql = createSql(url.toString(), { max: options.max ?? 2 });
  return {
    sql,
    url: url.toString(),
    async drop() {
      await sql.end();
      await admin.unsafe(`drop database ${name}`);
      await admin.end();
    },
  };
}
