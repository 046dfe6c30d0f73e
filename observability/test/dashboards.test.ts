import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DASHBOARDS_DIR, renderDashboards } from '../grafana/generate.ts';
import { EXPORTER_METRICS, metricNames, readRules, registeredMetricNames } from './rules.ts';

interface Panel {
  title?: string;
  targets?: { expr?: string }[];
  panels?: Panel[];
}

const rendered = renderDashboards();

describe('the Grafana dashboards', () => {
  it('are committed as generate.ts writes them (node observability/grafana/generate.ts)', () => {
    const committed = readdirSync(DASHBOARDS_DIR).filter((file) => file.endsWith('.json')).sort();
    assert.deepEqual(committed, [...rendered.keys()].sort());
    for (const [file, text] of rendered) assert.equal(readFileSync(join(DASHBOARDS_DIR, file), 'utf8'), text, `${file} is stale`);
  });

  it('query in every panel only metrics a service registers, an exporter exports, or a rule records', () => {
    const known = new Set([...registeredMetricNames(), ...EXPORTER_METRICS, ...readRules().flatMap((rule) => rule.record ?? [])]);
    const problems: string[] = [];
    for (const [file, text] of rendered) {
      const panels = (JSON.parse(text) as { panels?: Panel[] }).panels ?? [];
      const all = panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]);
      assert.ok(all.length > 0, `${file} has no panel`);
      for (const panel of all) {
        const exprs = (panel.targets ?? []).map((target) => target.expr ?? '');
        if (exprs.length === 0) problems.push(`${file} "${panel.title}": no query`);
        for (const expr of exprs) {
          const names = metricNames(expr);
          if (names.length === 0) problems.push(`${file} "${panel.title}": ${expr} names no metric`);
          for (const name of names.filter((n) => !known.has(n))) problems.push(`${file} "${panel.title}": ${name} is exported by nothing`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});
