import { serve } from '@hono/node-server';
import { Redis } from 'ioredis';
import { createApp } from './app.ts';
import { parseConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createSandbox } from './sandbox/create-sandbox.ts';
import { startGrading } from './grading/start-grading.ts';

let config;
try {
  config = parseConfig(process.env);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
const sandbox = await createSandbox(config);
logger.info({ ...sandbox.info(), concurrency: config.concurrency }, 'sandbox ready');
// The run admission's counts: a connection that fails fast, so a Redis away falls back to local counts.
const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000, enableOfflineQueue: false }) : undefined;
redis?.on('error', () => {});
const { app, execution, breaker, metrics } = createApp({ config, sandbox, logger, redis });
const grading = config.grading ? startGrading({ ...config.grading, concurrency: config.concurrency, execution, breaker, metrics, logger }) : undefined;
if (!grading) logger.warn('DATABASE_URL or REDIS_URL not set: serving /run only, taking no grading jobs');
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => logger.info({ port: info.port }, 'grader-api listening'));

// A cold Go build cache rebuilds the runtime (~7 s); pay that once now, not on a student's run.
void execution
  .run({ language: 'go', code: 'package main\nfunc main() {}\n', stdin: '', limits: { timeMs: 1000, memoryMb: 64, outputBytes: 1024 } })
  .then((outcome) => logger.info({ verdict: outcome.verdict }, 'go build cache warm'))
  .catch((error: unknown) => logger.warn({ err: error }, 'warming the go build cache failed'));

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  logger.info({ signal }, 'draining: no new runs, finishing the ones in progress');
  await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), grading?.close()]);
  await sandbox.close();
  await redis?.quit().catch(() => undefined);
  logger.info('drained');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
