/**
 * The Grafana dashboards, built with the Foundation SDK. `node observability/grafana/generate.ts`
 * writes them to charts/eduscale/files/dashboards/ (read by the chart and by compose's Grafana);
 * observability/test/dashboards.test.ts checks the files are current and every query names only
 * metrics the services or exporters export.
 */
import * as common from '@grafana/grafana-foundation-sdk/common';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import * as stat from '@grafana/grafana-foundation-sdk/stat';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';

/** The Prometheus datasource uid the Grafana that loads these dashboards must provision. */
export const DATASOURCE = { type: 'prometheus', uid: 'prometheus' };

interface Query {
  expr: string;
  legend?: string;
}

function query({ expr, legend }: Query, index: number) {
  const target = new prometheus.DataqueryBuilder().expr(expr).refId(String.fromCharCode(65 + index)).datasource(DATASOURCE);
  return legend === undefined ? target : target.legendFormat(legend);
}

function graph(title: string, unit: string, queries: Query[], width = 12) {
  return new timeseries.PanelBuilder()
    .title(title)
    .datasource(DATASOURCE)
    .unit(unit)
    .height(8)
    .span(width)
    .legend(new common.VizLegendOptionsBuilder().showLegend(true).displayMode(common.LegendDisplayMode.List).placement(common.LegendPlacement.Bottom))
    .targets(queries.map(query));
}

function single(title: string, unit: string, queries: Query[], width = 6) {
  return new stat.PanelBuilder()
    .title(title)
    .datasource(DATASOURCE)
    .unit(unit)
    .height(4)
    .span(width)
    .targets(queries.map(query));
}

function board(uid: string, title: string) {
  return new dashboard.DashboardBuilder(title).uid(uid).tags(['eduscale']).refresh('30s').time({ from: 'now-3h', to: 'now' }).timezone('browser').readonly();
}

const grading = board('eduscale-grading', 'EduScale / Grading')
  .withPanel(single('Waiting jobs', 'short', [{ expr: 'eduscale:grading_queue_jobs:max{state="waiting"}' }]))
  .withPanel(single('Sandbox breaker (0 closed, 1 half open, 2 open)', 'short', [{ expr: 'max(grader_breaker_state)' }]))
  .withPanel(single('Sandboxes busy', 'short', [{ expr: 'sum(grader_sandboxes_busy)' }]))
  .withPanel(single('Internal errors / s', 'reqps', [{ expr: 'eduscale:grader_internal_errors:rate5m' }]))
  .withPanel(graph('Grading queue by state', 'short', [{ expr: 'eduscale:grading_queue_jobs:max', legend: '{{state}}' }]))
  .withPanel(
    graph('Grading duration', 's', [
      { expr: 'histogram_quantile(0.5, sum by (le) (rate(grader_grading_duration_seconds_bucket[5m])))', legend: 'p50' },
      { expr: 'eduscale:grader_grading_duration_seconds:p99_5m', legend: 'p99' },
    ]),
  )
  .withPanel(graph('Gradings by verdict', 'reqps', [{ expr: 'sum by (verdict) (rate(grader_gradings_total[5m]))', legend: '{{verdict}}' }]))
  .withPanel(graph('Runs by verdict', 'reqps', [{ expr: 'sum by (verdict) (rate(grader_runs_total[5m]))', legend: '{{verdict}}' }]))
  .withPanel(
    graph('Sandbox faults', 'reqps', [
      { expr: 'eduscale:grader_internal_errors:rate5m', legend: 'internal_error' },
      { expr: 'sum by (reason) (rate(grader_runs_refused_total[5m]))', legend: 'refused: {{reason}}' },
    ]),
  )
  .withPanel(graph('Breaker state by grader', 'short', [{ expr: 'grader_breaker_state', legend: '{{instance}}' }]));

const http = board('eduscale-http', 'EduScale / HTTP')
  .withPanel(graph('Requests / s by service', 'reqps', [{ expr: 'eduscale:http_requests:rate5m', legend: '{{job}}' }]))
  .withPanel(graph('5xx / s by service', 'reqps', [{ expr: 'eduscale:http_requests_5xx:rate5m', legend: '{{job}}' }]))
  .withPanel(
    graph('Latency p99 by service', 's', [
      { expr: 'histogram_quantile(0.99, sum by (le, job) (rate(http_request_duration_seconds_bucket[5m])))', legend: '{{job}}' },
    ]),
  )
  .withPanel(graph('Targets up', 'short', [{ expr: 'up', legend: '{{job}} {{instance}}' }]));

const battles = board('eduscale-battles', 'EduScale / Battles and Redis')
  .withPanel(single('Active battles', 'short', [{ expr: 'max(active_battles)' }]))
  .withPanel(single('Connected sockets', 'short', [{ expr: 'sum(connected_sockets)' }]))
  .withPanel(single('Redis up', 'short', [{ expr: 'min(redis_up)' }]))
  .withPanel(single('Redis evictions / s', 'reqps', [{ expr: 'sum(rate(redis_evicted_keys_total[5m]))' }]))
  .withPanel(graph('Sockets by instance', 'short', [{ expr: 'connected_sockets', legend: '{{instance}}' }]))
  .withPanel(graph('Redis pub/sub round trip p99', 'ms', [{ expr: 'eduscale:redis_pubsub_roundtrip_ms:p99_5m', legend: '{{instance}}' }]))
  .withPanel(
    graph('Redis memory', 'bytes', [
      { expr: 'redis_memory_used_bytes', legend: 'used' },
      { expr: 'redis_memory_max_bytes', legend: 'max' },
    ]),
  )
  .withPanel(
    graph('Battle handler p99', 's', [
      { expr: 'histogram_quantile(0.99, sum by (le, handler) (rate(handler_duration_seconds_bucket[5m])))', legend: '{{handler}}' },
    ]),
  );

/** Every dashboard, by uid (the file name under charts/eduscale/files/dashboards/). */
export function buildDashboards(): Map<string, dashboard.Dashboard> {
  return new Map([grading, http, battles].map((builder) => {
    const built = builder.build();
    return [built.uid ?? '', built];
  }));
}
