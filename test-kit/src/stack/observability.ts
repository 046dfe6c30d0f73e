import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { freePort, isPortFree, waitForPort } from '../processes/ports.ts';
import type { Supervisor } from '../processes/supervisor.ts';

export const ALERT_RULES = join(REPO_ROOT, 'observability', 'prometheus', 'alerts.yml');
const PROMETHEUS_PORT = 9090;

export interface ObservabilityOptions {
  dataDir: string;
  /** Throwaway stacks put Prometheus on a free port too, never on 9090. */
  ephemeral: boolean;
  /** Job name → loopback ports of the instances serving /metrics. */
  metricsPorts: Record<string, number[]>;
  /** Job name → loopback ports of instances with no /metrics, probed on /health instead. */
  probedPorts: Record<string, number[]>;
  databaseUrl: string;
  redisUrl: string;
  /** NGINX's loopback-only stub_status socket (nginx/nginx.local.conf.template). */
  nginxStatusSocket: string;
}

const loopback = (port: number) => `127.0.0.1:${port}`;

/** The Postgres exporter speaks lib/pq, which wants TLS unless told otherwise; the stack's Postgres has none. */
function withoutTls(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (!url.searchParams.has('sslmode')) url.searchParams.set('sslmode', 'disable');
  return url.toString();
}

function prometheusConfig(options: ObservabilityOptions, exporters: Record<string, number>, blackboxPort: number) {
  const serviceJobs = Object.entries(options.metricsPorts).map(([job, ports]) => ({ job_name: job, static_configs: [{ targets: ports.map(loopback) }] }));
  const probeJobs = Object.entries(options.probedPorts).map(([job, ports]) => ({
    job_name: job,
    metrics_path: '/probe',
    params: { module: ['http_2xx'] },
    static_configs: [{ targets: ports.map((port) => `http://${loopback(port)}/health`) }],
    relabel_configs: [
      { source_labels: ['__address__'], target_label: '__param_target' },
      { source_labels: ['__param_target'], target_label: 'instance' },
      { target_label: '__address__', replacement: loopback(blackboxPort) },
    ],
  }));
  const exporterJobs = Object.entries(exporters).map(([job, port]) => ({ job_name: job, static_configs: [{ targets: [loopback(port)] }] }));
  // Short intervals so the first scrape (and `up`) comes seconds after start; it is one machine.
  return {
    global: { scrape_interval: '5s', evaluation_interval: '5s' },
    rule_files: [ALERT_RULES],
    scrape_configs: [...serviceJobs, ...probeJobs, ...exporterJobs],
  };
}

/**
 * `OBSERVABILITY=1`: Debian's Prometheus scraping every service instance the launcher started,
 * plus the Redis, Postgres, NGINX and blackbox exporters, all on loopback, with the alert
 * rules loaded. Returns Prometheus's URL.
 */
export async function startObservability(supervisor: Supervisor, options: ObservabilityOptions): Promise<string> {
  const dir = join(options.dataDir, 'prometheus');
  mkdirSync(join(dir, 'tsdb'), { recursive: true });
  const [redisPort, postgresPort, nginxPort, blackboxPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const prometheusPort = !options.ephemeral && (await isPortFree(PROMETHEUS_PORT)) ? PROMETHEUS_PORT : await freePort();

  supervisor.start({ name: 'redis-exporter', command: 'prometheus-redis-exporter', args: ['-redis.addr', options.redisUrl, '-web.listen-address', loopback(redisPort)] });
  supervisor.start({
    name: 'postgres-exporter',
    command: 'prometheus-postgres-exporter',
    args: [`--web.listen-address=${loopback(postgresPort)}`],
    env: { PATH: process.env.PATH, DATA_SOURCE_NAME: withoutTls(options.databaseUrl) },
  });
  supervisor.start({
    name: 'nginx-exporter',
    command: 'prometheus-nginx-exporter',
    args: ['-nginx.scrape-uri', `unix:${options.nginxStatusSocket}:/stub_status`, '-web.listen-address', loopback(nginxPort)],
  });
  const blackboxConfig = join(dir, 'blackbox.yml');
  writeFileSync(blackboxConfig, JSON.stringify({ modules: { http_2xx: { prober: 'http', timeout: '5s' } } }, null, 2));
  supervisor.start({ name: 'blackbox-exporter', command: 'prometheus-blackbox-exporter', args: [`--config.file=${blackboxConfig}`, `--web.listen-address=${loopback(blackboxPort)}`] });

  // YAML is a superset of JSON: no YAML writer needed.
  const config = join(dir, 'prometheus.yml');
  const exporters = { redis: redisPort, postgres: postgresPort, nginx: nginxPort };
  writeFileSync(config, JSON.stringify(prometheusConfig(options, exporters, blackboxPort), null, 2));
  supervisor.start({
    name: 'prometheus',
    command: 'prometheus',
    args: [`--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'tsdb')}`, '--storage.tsdb.retention.time=2d', `--web.listen-address=${loopback(prometheusPort)}`],
  });
  await Promise.all([redisPort, postgresPort, nginxPort, blackboxPort, prometheusPort].map((port) => waitForPort(port)));
  return `http://${loopback(prometheusPort)}`;
}
