import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { metricNames, readRules, registeredMetricNames, EXPORTER_METRICS, RULE_TESTS_FILE, RULES_FILE } from './rules.ts';

function promtool(...args: string[]) {
  const result = spawnSync('promtool', args, { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}${result.error?.message ?? ''}` };
}

interface RuleTests {
  tests: { alert_rule_test?: { alertname: string; exp_alerts?: unknown[] }[] }[];
}

describe('the alert rules', () => {
  const rules = readRules();
  const alerts = rules.filter((rule) => rule.alert !== undefined);

  it('pass promtool check rules', () => {
    const outcome = promtool('check', 'rules', RULES_FILE);
    assert.ok(outcome.ok, outcome.output);
  });

  it('pass their promtool test rules cases', () => {
    const outcome = promtool('test', 'rules', RULE_TESTS_FILE);
    assert.ok(outcome.ok, outcome.output);
  });

  it('each have a case where they fire and one where they stay quiet', () => {
    const cases = (parse(readFileSync(RULE_TESTS_FILE, 'utf8')) as RuleTests).tests.flatMap((test) => test.alert_rule_test ?? []);
    for (const { alert } of alerts) {
      const own = cases.filter((c) => c.alertname === alert);
      assert.ok(own.some((c) => (c.exp_alerts ?? []).length > 0), `${alert} has no case where it fires`);
      assert.ok(own.some((c) => (c.exp_alerts ?? []).length === 0), `${alert} has no case where it stays quiet`);
    }
  });

  it('each carry a severity, a summary, a description, a runbook and a for', () => {
    for (const alert of alerts) {
      assert.match(alert.labels?.severity ?? '', /^(warning|critical)$/, `${alert.alert}: severity`);
      for (const key of ['summary', 'description', 'runbook']) assert.ok(alert.annotations?.[key], `${alert.alert}: no ${key}`);
      assert.match(alert.for ?? '', /^\d+m$/, `${alert.alert}: no for: of at least a minute`);
    }
  });

  it('use only metrics a service registers, an exporter exports, or a rule records', () => {
    const known = new Set([...registeredMetricNames(), ...EXPORTER_METRICS, ...rules.flatMap((rule) => rule.record ?? [])]);
    const unknown = rules.flatMap((rule) => metricNames(rule.expr).filter((name) => !known.has(name)).map((name) => `${rule.alert ?? rule.record}: ${name}`));
    assert.deepEqual(unknown, []);
  });

  it('find the metric names in an expression', () => {
    const names = metricNames('sum by (le) (rate(a_bucket{le="1", x=~"5.."}[5m])) / on () b:rec offset 5m > 0 and up == 0 unless vector(0)');
    assert.deepEqual(names, ['a_bucket', 'b:rec', 'up']);
  });
});
