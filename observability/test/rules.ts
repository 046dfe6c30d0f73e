/** Reads the alert rules and the metric names they use, for the checks in this folder. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '@eduscale/test-kit/paths';

export const RULES_FILE = join(REPO_ROOT, 'observability', 'prometheus', 'alerts.yml');
export const RULE_TESTS_FILE = join(REPO_ROOT, 'observability', 'prometheus', 'alerts.test.yml');

interface Rule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export function readRules(): Rule[] {
  const file = parse(readFileSync(RULES_FILE, 'utf8')) as { groups: { rules: Rule[] }[] };
  return file.groups.flatMap((group) => group.rules);
}

/** Metrics the Debian exporters (and Prometheus itself) export: checked against the running stack, not the code. */
export const EXPORTER_METRICS = new Set(['up', 'redis_up', 'redis_memory_used_bytes', 'redis_memory_max_bytes', 'redis_evicted_keys_total', 'pg_up', 'nginx_up', 'probe_success']);

const KEYWORDS = new Set(['and', 'or', 'unless', 'offset', 'bool', 'by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'inf', 'nan']);

/** The series names a PromQL expression selects (functions, labels, strings and durations left out). */
export function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b\d[\w.]*/g, '') // numbers and offset durations
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '');
  const names = [...bare.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?/g)].filter((match) => match[2] === undefined).map((match) => match[1] ?? '');
  return [...new Set(names.filter((name) => !KEYWORDS.has(name.toLowerCase())))];
}

/**
 * Every series name the services register with prom-client (`name: '…'` in a file importing
 * it), histograms with their _bucket/_count/_sum series.
 */
export function registeredMetricNames(): Set<string> {
  const files = ['*/src/**/*.ts', 'server-kit/src/**/*.ts'].flatMap((pattern) =>
    globSync(pattern, { cwd: REPO_ROOT, exclude: (name) => name === 'node_modules' }).filter((file) => !file.endsWith('.test.ts')),
  );
  const names = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(REPO_ROOT, file), 'utf8');
    if (!source.includes("from 'prom-client'")) continue;
    for (const match of source.matchAll(/new (Counter|Gauge|Histogram|Summary)\(\{\s*name: '([a-z_:][a-z0-9_:]*)'/g)) {
      const [, kind, name = ''] = match;
      names.add(name);
      if (kind === 'Histogram' || kind === 'Summary') for (const suffix of ['_bucket', '_count', '_sum']) names.add(name + suffix);
    }
  }
  return names;
}
