/**
 * `OBSERVABILITY=1`: a throwaway stack of its own with Prometheus and the exporters, whose
 * targets must all come up; slow (a second stack), so it waits generously for the first scrapes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APP_SERVICES, startThrowawayStack, type ThrowawayStack } from '@eduscale/test-kit/stack';
import { EXPORTER_METRICS, readRules } from './rules.ts';

interface Target {
  labels: { job: string; instance: string };
  health: 'up' | 'down' | 'unknown';
  lastError: string;
}

let stack: ThrowawayStack;
let prometheus = '';

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${prometheus}/api/v1/${path}`);
  const body = (await response.json()) as { status: string; data: T };
  assert.equal(body.status, 'success', path);
  return body.data;
}

async function activeTargets(): Promise<Target[]> {
  return (await api<{ activeTargets: Target[] }>('targets')).activeTargets;
}

/** Scrapes come every 5 s; a loaded machine may take a few rounds before each target answers. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    value = await read();
  }
  return value;
}

describe('npm start with OBSERVABILITY=1', { timeout: 900_000 }, () => {
  before(async () => {
    stack = await startThrowawayStack({ name: 'observability', observability: true });
    prometheus = stack.prometheusUrl ?? '';
    // Prometheus answers its API with 503 until its storage is open: wait for /-/ready first.
    const ready = await eventually(() => fetch(`${prometheus}/-/ready`).then((r) => r.ok, () => false), (ok) => ok, 120_000);
    assert.ok(ready, `Prometheus at ${prometheus} never became ready`);
  }, { timeout: 600_000 });
  after(() => stack?.finish({ keepLogs: false }));

  it('scrapes every service instance the launcher started, and every exporter, all up', async () => {
    const targets = await eventually(activeTargets, (all) => all.length > 0 && all.every((t) => t.health === 'up'));
    const down = targets.filter((t) => t.health !== 'up').map((t) => `${t.labels.job} ${t.labels.instance}: ${t.health} ${t.lastError}`);
    assert.deepEqual(down, []);
    const perJob = (job: string) => targets.filter((t) => t.labels.job === job).length;
    for (const spec of APP_SERVICES) assert.equal(perJob(spec.name), stack.serviceUrls(spec.name).length, `${spec.name} instances scraped`);
    for (const job of ['redis', 'postgres', 'nginx']) assert.equal(perJob(job), 1, `${job} exporter scraped`);
  });

  it("sees the UI's /health and the servers behind the exporters answer", async () => {
    const query = 'probe_success == 1 or redis_up == 1 or pg_up == 1 or nginx_up == 1';
    type Sample = { metric: { __name__: string } };
    const samples = await eventually(() => api<{ result: Sample[] }>(`query?query=${encodeURIComponent(query)}`), (data) => data.result.length >= 4);
    assert.deepEqual(samples.result.map((s) => s.metric.__name__).sort(), ['nginx_up', 'pg_up', 'probe_success', 'redis_up']);
  });

  it('exports every exporter metric the alert rules use', async () => {
    const names = new Set(await eventually(() => api<string[]>('label/__name__/values'), (all) => [...EXPORTER_METRICS].every((name) => all.includes(name))));
    assert.deepEqual([...EXPORTER_METRICS].filter((name) => !names.has(name)), []);
  });

  it('has loaded every alert rule', async () => {
    const groups = (await api<{ groups: { rules: { name: string; type: string; health: string }[] }[] }>('rules')).groups;
    const loaded = groups.flatMap((group) => group.rules).filter((rule) => rule.type === 'alerting').map((rule) => rule.name).sort();
    assert.deepEqual(loaded, readRules().flatMap((rule) => rule.alert ?? []).sort());
  });
});
