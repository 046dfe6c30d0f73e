/**
 * `npm run bench:assessments`: what a mock assessment's report costs. On an idle throwaway stack,
 * a learner takes a 10-question attempt (8 choice, 1 output, 1 coding answered with the
 * reference solution and graded by the stack's graders, 40 page events), finishes it, and the
 * report (built from the evidence on every read) is timed beside GET /api/submissions/:id of its
 * coding answer and GET /api/health (the floor), same run, straight to one programming-api
 * process on loopback.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attempt, Report } from '@eduscale/contracts';
import { createSql } from '@eduscale/server-kit/deps';
import { ensureFlyway, ensureSystemPackages } from '@eduscale/test-kit/install';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { startThrowawayStack } from '@eduscale/test-kit/stack';
import { percentile } from '../../grader-api/bench/stats.ts';
import type { AssessmentContent } from '../src/assessments/assessment-content.schema.ts';
import { seedAssessments } from '../src/assessments/assessment-seed.service.ts';
import type { FrozenQuestion } from '../src/assessments/frozen-question.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);

const choice = (i: number) => ({
  id: `bench-choice-${i}`,
  kind: 'choice' as const,
  difficulty: 'easy' as const,
  title: `Bench question ${i}`,
  prompt: `Which option is right for question ${i}?`,
  options: ['a', 'b', 'c', 'd'].map((id, j) => ({ id, text: `Option ${id}`, correct: j === i % 4, explanation: `Option ${id} is ${j === i % 4 ? 'right' : 'wrong'} here.` })),
});

const CONTENT: AssessmentContent = {
  topics: [
    {
      slug: 'math',
      title: 'Arithmetic',
      study: [{ roadmap: 'algorithms-for-placements', node: 'complexity-analysis' }],
      questions: [
        ...Array.from({ length: 8 }, (_, i) => choice(i)),
        { id: 'bench-output', kind: 'output', difficulty: 'easy', title: 'Bench output', prompt: 'What does it print?', language: 'python', code: 'print(6 * 7)', answer: '42', explanation: 'Six sevens.' },
      ],
    },
  ],
  templates: [
    {
      slug: 'bench-ten',
      title: 'Bench: ten questions',
      summary: 'Ten questions of every kind for the report benchmark.',
      order: 1,
      durationMinutes: 30,
      passingPercent: 50,
      retakeCooldownMinutes: 0,
      sections: [
        { title: 'Concepts', kind: 'choice', topics: ['math'], difficulties: ['easy'], count: 8, points: 10 },
        { title: 'Output', kind: 'output', topics: ['math'], difficulties: ['easy'], count: 1, points: 10 },
        { title: 'Coding', kind: 'coding', topics: ['math'], difficulties: ['easy'], count: 1, points: 40 },
      ],
    },
  ],
};

function report(label: string, samples: number[]): void {
  console.log(`${label.padEnd(52)} p50 ${percentile(samples, 50).toFixed(3).padStart(8)} ms   p99 ${percentile(samples, 99).toFixed(3).padStart(8)} ms`);
}

ensureSystemPackages();
ensureFlyway();
const stack = await startThrowawayStack({ name: 'bench-assessments' });
try {
  const sql = createSql(stack.databaseUrl, { max: 2 });
  await seedAssessments(sql, CONTENT);
  const api = stack.serviceUrl('programming-api');
  const registered = await fetch(`${api}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: `bench_${process.pid}`, password: 'bench password' }) });
  const cookie = (registered.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const send = async (method: string, path: string, json?: unknown) => {
    const response = await fetch(`${api}${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, body: json === undefined ? undefined : JSON.stringify(json) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : ((await response.json()) as unknown);
  };

  const attempt = (await send('POST', '/api/assessments', { template: 'bench-ten' })) as Attempt;
  const [row] = await sql<{ questions: FrozenQuestion[] }[]>`select questions from assessment_attempts where id = ${attempt.id}`;
  let submission = '';
  for (const question of row?.questions ?? []) {
    for (const type of ['open', 'blur', 'focus', 'paste']) await send('POST', `/api/assessments/${attempt.id}/events`, { question: question.id, type });
    if (question.kind === 'choice') await send('PUT', `/api/assessments/${attempt.id}/answers/${question.id}`, { choices: [(question.options ?? []).find((o) => o.correct)?.id] });
    if (question.kind === 'output') await send('PUT', `/api/assessments/${attempt.id}/answers/${question.id}`, { text: question.answer });
    if (question.kind === 'coding') {
      const code = readFileSync(join(REPO_ROOT, 'content', 'assignments', question.source, 'solutions', 'main.py'), 'utf8');
      submission = ((await send('PUT', `/api/assessments/${attempt.id}/answers/${question.id}`, { language: 'python', code })) as { submission: string }).submission;
    }
  }
  await send('POST', `/api/assessments/${attempt.id}/finish`);
  const deadline = Date.now() + 120_000;
  while (!((await send('GET', `/api/assessments/${attempt.id}/report`)) as Report).complete) {
    if (Date.now() > deadline) throw new Error('the coding answer was not graded within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await sql.end();

  const time = async (path: string) => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS + 20; i++) {
      const started = performance.now();
      const response = await fetch(`${api}${path}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      if (i >= 20) samples.push(performance.now() - started);
    }
    return samples;
  };
  console.log(`\nOne programming-api process on loopback, a finished 10-question attempt with 40 events, ${RUNS} sequential requests each:`);
  report('GET /api/health (floor)', await time('/api/health'));
  report('GET /api/submissions/:id (the coding answer)', await time(`/api/submissions/${submission}`));
  report('GET /api/assessments/:id (the attempt)', await time(`/api/assessments/${attempt.id}`));
  report('GET /api/assessments/:id/report (10 questions)', await time(`/api/assessments/${attempt.id}/report`));
} finally {
  await stack.finish({ keepLogs: false });
}
