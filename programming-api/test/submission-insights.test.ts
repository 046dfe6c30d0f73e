/**
 * Code insights (API.md, "Code insights") end to end: the app in-process over the stack's
 * Postgres and Redis, the stack's graders grading and then analysing for real (linters and
 * lizard in the sandbox, the complexity series under valgrind).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Insights } from '@eduscale/contracts';
import { createTestApp } from './app-harness.ts';
import { submissionsClient } from './submissions-client.ts';

const app = await createTestApp();
after(() => app.close());
const { client: api, signUp } = app;
const { submit, readEvents } = submissionsClient(api);

// Analyses queue behind every grading of the suite at low concurrency: generous, never tight.
const INSIGHTS_WAIT_MS = 240_000;
const nonce = () => Math.random().toString(36).slice(2);

async function insightsOf(cookie: string, id: string): Promise<{ events: string[]; insights: Insights }> {
  const { events } = await readEvents(`/api/submissions/${id}/events`, cookie, { timeoutMs: INSIGHTS_WAIT_MS, until: 'insights' });
  const names = events.map((e) => e.event);
  const streamed = events.find((e) => e.event === 'insights');
  assert.ok(streamed, `no insights event; events: ${names.join(', ')}`);
  return { events: names, insights: streamed.data as Insights };
}

describe('code insights on a graded submission', () => {
  it('streams the insights after the result, and GET /api/submissions/:id then carries the same', { timeout: INSIGHTS_WAIT_MS + 30_000 }, async () => {
    const user = await signUp('insights');
    const code = `import os


def add(a, b):
    if a > b:
        return a + b
    return b + a


a, b = map(int, input().split())
print(add(a, b))  # ${nonce()}
`;
    const created = await submit(user.cookie, code);
    assert.equal(created.status, 202, created.text);
    const { events, insights } = await insightsOf(user.cookie, created.body.id);
    assert.ok(events.indexOf('result') >= 0 && events.indexOf('result') < events.indexOf('insights'), `events: ${events.join(', ')}`);

    const unusedImport = insights.findings.find((f) => f.tool === 'ruff' && f.rule === 'F401');
    assert.ok(unusedImport, `findings: ${JSON.stringify(insights.findings)}`);
    assert.equal(unusedImport.line, 1);
    assert.match(unusedImport.url ?? '', /^https:\/\//);
    assert.deepEqual(
      insights.functions.map(({ name, line, cyclomatic }) => ({ name, line, cyclomatic })),
      [{ name: 'add', line: 4, cyclomatic: 2 }],
    );
    // add-two-numbers has no complexity spec: nothing is measured.
    assert.equal(insights.complexity, null);

    const stored = await api(`/api/submissions/${created.body.id}`, { cookie: user.cookie });
    assert.deepEqual(stored.body.insights, insights);

    // The same code from someone else is the same grading: analysed once, shown at once.
    const other = await signUp('insights-again');
    const reused = await submit(other.cookie, code);
    assert.equal(reused.status, 200, reused.text);
    assert.deepEqual(reused.body.insights, insights);
  });

  it('measures complexity: a linear two-sum is O(n), an all-pairs one O(n²)', { timeout: 2 * INSIGHTS_WAIT_MS }, async () => {
    const user = await signUp('complexity');
    const linear = `import sys
data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
seen = {}
for j in range(1, n + 1):
    value = int(data[1 + j])
    if target - value in seen:
        print(seen[target - value], j)
        break
    seen.setdefault(value, j)
else:
    print(-1)
# ${nonce()}
`;
    const quadratic = `#include <stdio.h>
#include <stdlib.h>
/* ${nonce()} */
int main(void) {
    int n; long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 1;
    long long *a = malloc(sizeof(long long) * (size_t)n);
    for (int k = 0; k < n; k++) scanf("%lld", &a[k]);
    for (int j = 1; j < n; j++)
        for (int i = 0; i < j; i++)
            if (a[i] + a[j] == target) { printf("%d %d\\n", i + 1, j + 1); return 0; }
    printf("-1\\n");
    return 0;
}
`;
    const [fast, slow] = await Promise.all([submit(user.cookie, linear, 'python', 'two-sum'), submit(user.cookie, quadratic, 'c', 'two-sum')]);
    assert.equal(fast.status, 202, fast.text);
    assert.equal(slow.status, 202, slow.text);

    const measuredFast = (await insightsOf(user.cookie, fast.body.id)).insights.complexity;
    assert.ok(measuredFast, 'the linear solution was measured');
    assert.equal(measuredFast.expected, 'n');
    assert.equal(measuredFast.unit, 'instructions');
    assert.equal(measuredFast.detected, 'n', JSON.stringify(measuredFast));
    assert.ok(measuredFast.points.length >= 5, `${measuredFast.points.length} points`);

    const graded = await api(`/api/submissions/${slow.body.id}`, { cookie: user.cookie });
    const measuredSlow = (await insightsOf(user.cookie, slow.body.id)).insights.complexity;
    assert.ok(measuredSlow, `the quadratic solution (${graded.body.verdict}) was measured`);
    assert.equal(measuredSlow.detected, 'n^2', JSON.stringify(measuredSlow));
    assert.equal(measuredSlow.expected, 'n');
  });

  it('owes nothing for code that does not compile: the stream ends with the result', async () => {
    const user = await signUp('no-insights');
    const created = await submit(user.cookie, `int main(void) { return missing; } /* ${nonce()} */\n`, 'c');
    assert.equal(created.status, 202, created.text);
    const { events } = await readEvents(`/api/submissions/${created.body.id}/events`, user.cookie, { timeoutMs: 60_000 });
    assert.equal(events.at(-1)?.event, 'result', `events: ${events.map((e) => e.event).join(', ')}`);
    assert.equal((events.at(-1)?.data as { verdict: string }).verdict, 'compilation_error');
    const stored = await api(`/api/submissions/${created.body.id}`, { cookie: user.cookie });
    assert.equal(stored.body.insights, null);
  });
});
