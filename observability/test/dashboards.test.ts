import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { DATASOURCE } from '../grafana/dashboards.ts';
import { DASHBOARDS_DIR, renderDashboards } from '../grafana/generate.ts';
import { EXPORTER_METRICS, metricNames, readRules, registeredMetricNames } from './rules.ts';

interface Panel {
  title?: string;
  targets?: { expr?: string }[];
  panels?: Panel[];
}

const rendered = renderDashboards();
const GRAFANA_DIR = join(import.meta.dirname, '..', 'grafana');

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

  it("are what compose's Grafana mounts, over a datasource of the uid their queries name", () => {
    const compose = parse(readFileSync(join(GRAFANA_DIR, 'compose.yml'), 'utf8')) as { services: { grafana: { volumes: string[] } } };
    const mounts = compose.services.grafana.volumes.map((volume) => volume.split(':'));
    assert.ok(mounts.some(([source = '', , mode]) => resolve(GRAFANA_DIR, source) === DASHBOARDS_DIR && mode === 'ro'), 'the dashboards folder is mounted read-only');
    const provisioned = parse(readFileSync(join(GRAFANA_DIR, 'provisioning', 'datasources', 'prometheus.yml'), 'utf8')) as { datasources: { uid: string; type: string }[] };
    assert.deepEqual(provisioned.datasources.map(({ uid, type }) => ({ type, uid })), [DATASOURCE]);
  });
});
