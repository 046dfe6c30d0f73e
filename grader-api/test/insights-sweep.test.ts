/**
 * A grader that dies between writing a verdict and queueing its analysis loses nothing: the
 * verdict's transaction wrote the insights as owed, and the sweep queues them again for the
 * stack's graders to analyse.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { requireEnv } from '@eduscale/test-kit/env';
import { createInsightsQueue } from '../src/insights/insights.worker.ts';
import { createLogger } from '../src/logger.ts';

describe('insights owed by a grading whose job was never queued', () => {
  const sql = postgres(requireEnv('DATABASE_URL'), { max: 2, onnotice: () => {}, transform: postgres.camel });
  const queue = createInsightsQueue({ redisUrl: requireEnv('REDIS_URL'), logger: createLogger('silent') });
  after(async () => {
    await queue.close();
    await sql.end();
  });

  it('are queued by the sweep and analysed by whichever grader takes them', { timeout: 300_000 }, async () => {
    const [assignment] = await sql<{ id: string; version: number }[]>`select id, version from assignments where slug = 'add-two-numbers'`;
    assert.ok(assignment, 'the stack seeded the catalogue');
    const code = `import sys\na, b = map(int, input().split())\nprint(a + b)  # ${randomBytes(8).toString('hex')}\n`;
    // What a grader that died right after its verdict's transaction leaves: a result, insights owed, no job.
    const [grading] = await sql<{ id: string }[]>`
      insert into gradings (assignment_id, assignment_version, language, code_sha256, code, status, verdict, score, finished_at)
      values (${assignment.id}, ${assignment.version}, 'python', sha256(convert_to(${code}, 'UTF8')), ${code}, 'done', 'accepted', 1, now())
      returning id`;
    assert.ok(grading);
    await sql`insert into grading_insights (grading_id) values (${grading.id})`;

    assert.ok((await queue.sweep(sql, 0)) >= 1, 'the sweep queued the overdue analysis');
    let row: { status: string; insights: { findings: { tool: string; rule: string; line: number }[] } | null } | undefined;
    for (let i = 0; i < 2_400 && row?.status !== 'done'; i++) {
      await sleep(100);
      [row] = await sql<NonNullable<typeof row>[]>`select status, insights from grading_insights where grading_id = ${grading.id}`;
    }
    assert.equal(row?.status, 'done');
    assert.ok(
      row.insights?.findings.some((f) => f.tool === 'ruff' && f.rule === 'F401' && f.line === 1),
      `the unused import is found: ${JSON.stringify(row.insights)}`,
    );
  });
});
