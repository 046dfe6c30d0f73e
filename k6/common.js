// Helpers both k6 scripts share. Beside them, not in a subfolder: a ConfigMap (the chart's
// TestRun) holds only flat file names.

/**
 * What k6 hands handleSummary (its end-of-test summary); @types/k6 does not describe it.
 * @typedef {{ values: Record<string, number>, thresholds?: Record<string, { ok: boolean }> }} SummaryMetric
 * @typedef {{ metrics: Record<string, SummaryMetric | undefined>, setup_data?: unknown }} SummaryData
 */

export const BASE = (__ENV.EDUSCALE_URL || 'http://localhost:8080').replace(/\/$/, '');

/**
 * "20s" or "2m" as seconds: the scripts compute rates from it, so it must be exact.
 * @param {string} text
 */
export function parseDuration(text) {
  const match = /^(\d+)(s|m)$/.exec(text);
  if (!match) throw new Error(`durations look like 20s or 2m, not ${text}`);
  return Number(match[1]) * (match[2] === 'm' ? 60 : 1);
}

/**
 * One line when every threshold held, else the ones that did not.
 * @param {SummaryData['metrics']} metrics
 * @returns {string[]}
 */
export function thresholdLines(metrics, meaning = '') {
  const results = Object.entries(metrics).flatMap(([name, metric]) => Object.entries(metric?.thresholds || {}).map(([rule, result]) => ({ name, rule, ok: result.ok })));
  const failed = results.filter((r) => !r.ok);
  if (failed.length === 0) return [`thresholds: all ${results.length} met${meaning}`];
  return ['thresholds NOT met:', ...failed.map((r) => `  FAIL ${r.name} ${r.rule}`)];
}
