/**
 * One target under load for a while: autocannon's keep-alive connections, every latency kept
 * (autocannon's own summary has p97.5 but no p95) and every answer checked.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  /** A function is called before each request, so a target can walk a list (every assignment page in turn). */
  path: string | (() => string);
  headers?: Record<string, string>;
  body?: string;
  /** Whether an answer counts as served; given the body only when `needsBody` is set. */
  ok: (status: number, body: string | undefined) => boolean;
  /** Bodies are buffered only for targets that look at them, so the floor costs the runner little. */
  needsBody?: boolean;
}

export interface HammerOptions {
  url: string;
  seconds: number;
  request: LoadRequest;
  /** Keep-alive connections, sharing the request's headers... */
  connections: number;
  /** ...or one connection per entry, each with its own headers (one signed-in user each). */
  headersPerConnection?: Record<string, string>[];
  /** Stop each connection after this many answers (a run within a per-user rate limit). */
  maxRequestsPerConnection?: number;
}

export interface HammerResult {
  requests: number;
  /** Wrong answers plus transport errors and timeouts. */
  failed: number;
  /** Answers the request's `ok` refused (a wrong status or body). */
  wrong: number;
  seconds: number;
  latenciesMs: number[];
}

export async function hammer(options: HammerOptions): Promise<HammerResult> {
  const latenciesMs: number[] = [];
  let wrong = 0;
  const started = performance.now();
  const onFailure = () => void wrong++;
  // Headers are per autocannon instance, so a user of its own means an instance of its own.
  const results = options.headersPerConnection
    ? await Promise.all(options.headersPerConnection.map((headers) => start({ options, connections: 1, headers, latenciesMs, onFailure })))
    : [await start({ options, connections: options.connections, headers: {}, latenciesMs, onFailure })];
  const seconds = options.maxRequestsPerConnection ? (performance.now() - started) / 1000 : options.seconds;
  const transport = results.reduce((sum, result) => sum + result.errors + result.timeouts, 0);
  return { requests: latenciesMs.length, failed: wrong + transport, wrong, seconds, latenciesMs };
}

interface Instance {
  options: HammerOptions;
  connections: number;
  headers: Record<string, string>;
  latenciesMs: number[];
  onFailure: () => void;
}

function start({ options, connections, headers, latenciesMs, onFailure }: Instance): Promise<autocannon.Result> {
  const { request } = options;
  const { path } = request;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections,
        duration: options.seconds,
        ...(options.maxRequestsPerConnection ? { amount: options.maxRequestsPerConnection * connections } : {}),
        timeout: 10,
        requests: [
          {
            method: request.method ?? 'GET',
            headers: { ...request.headers, ...headers },
            ...(request.body === undefined ? {} : { body: request.body }),
            // A fixed path is built once; a changing one before every request.
            ...(typeof path === 'string' ? { path } : { setupRequest: (req) => ({ ...req, path: path() }) }),
            ...(request.needsBody ? { onResponse: (status: number, body: string) => void (request.ok(status, body) || onFailure()) } : {}),
          },
        ],
      },
      (error, result) => (error ? reject(error as Error) : resolve(result)),
    );
    // autocannon emits (client, status, bytes, ms); @types/autocannon leaves out the client.
    instance.on('response', (...args: unknown[]) => {
      const [, status, , responseTime] = args as [unknown, number, number, number];
      latenciesMs.push(responseTime);
      if (!request.needsBody && !request.ok(status, undefined)) onFailure();
    });
  });
}

/** The value at or below which a share `p` (0.95) of the latencies fall. */
export function percentile(sortedMs: number[], p: number): number | undefined {
  if (sortedMs.length === 0) return undefined;
  return sortedMs[Math.min(sortedMs.length - 1, Math.max(0, Math.ceil(p * sortedMs.length) - 1))];
}

export interface Summary {
  requests: number;
  rps: number;
  failed: number;
  wrong: number;
  p50?: number;
  p95?: number;
  p99?: number;
}

export function summarize(runs: HammerResult[]): Summary {
  const sorted = runs.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  return {
    requests,
    rps: seconds > 0 ? requests / seconds : 0,
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
    wrong: runs.reduce((sum, r) => sum + r.wrong, 0),
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
  };
}
