/**
 * The stack's grader processes, reached directly. `npm test` names no grader URL, but every
 * grader signs its answers with `x-grader-instance: <pid>:<port>`, so runs sent through NGINX
 * (which balances over all of them) show where each one listens.
 */
import assert from 'node:assert/strict';
import type { RunRequest } from '@eduscale/contracts';
import { edge } from '@eduscale/test-kit/edge';
import { APP_SERVICES } from '@eduscale/test-kit/stack';

export interface GraderProcess {
  /** pid:port, as the grader names itself. */
  instance: string;
  url: string;
}

export interface GraderAnswer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests assert on shape
  text: string;
}

const GRADERS = APP_SERVICES.find((service) => service.name === 'grader-api')!.replicas;

/** Every grader behind NGINX, found with a few small runs as the signed-in user `cookie`. */
export async function findGraders(cookie: string): Promise<GraderProcess[]> {
  const found = new Map<string, string>();
  for (let round = 0; round < 10 && found.size < GRADERS; round++) {
    const answers = await Promise.all(Array.from({ length: 4 }, () => edge('/api/run', { json: { language: 'python', code: 'print(1)' }, cookie })));
    for (const answer of answers) {
      assert.equal(answer.status, 200, answer.text);
      const instance = answer.headers.get('x-grader-instance');
      assert.match(instance ?? '', /^\d+:\d+$/);
      found.set(instance!, `http://127.0.0.1:${instance!.split(':')[1]}`);
    }
  }
  assert.equal(found.size, GRADERS, `graders seen through NGINX: ${[...found.keys()].join(', ')}`);
  return [...found].map(([instance, url]) => ({ instance, url }));
}

/** POST /run on one grader, as NGINX would forward it. */
export async function runOn(grader: GraderProcess, request: Partial<RunRequest> & Pick<RunRequest, 'language' | 'code'>): Promise<GraderAnswer> {
  const response = await fetch(`${grader.url}/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const text = await response.text();
  return { status: response.status, text, body: /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text };
}

/** One unlabelled metric's value from the grader's /metrics, or undefined when it is missing. */
export async function graderMetric(grader: GraderProcess, name: string): Promise<number | undefined> {
  const text = await (await fetch(`${grader.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

/** Each grader's breaker is closed, as its /metrics and its /health both say. */
export async function assertBreakersClosed(graders: readonly GraderProcess[]): Promise<void> {
  assert.ok(graders.length >= 2, `graders: ${graders.length}`);
  for (const grader of graders) {
    assert.equal(await graderMetric(grader, 'grader_breaker_state'), 0, `grader_breaker_state of ${grader.instance}`);
    const health = await fetch(`${grader.url}/health`);
    const body = (await health.json()) as { breaker: string; status: string };
    assert.equal(health.status, 200, `/health of ${grader.instance}: ${JSON.stringify(body)}`);
    assert.equal(body.breaker, 'closed', `/health of ${grader.instance}`);
  }
}
