import { serve } from '@hono/node-server';
import { loadConfig } from '@eduscale/server-kit/config';
import { createRedis } from '@eduscale/server-kit/deps';
import { closeServer, onShutdown } from '@eduscale/server-kit/shutdown';
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { parseConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createSandbox } from './sandbox/create-sandbox.ts';
import { startGrading } from './grading/start-grading.ts';
import { createAnalysers } from './insights/analysers.ts';

const config = loadConfig(parseConfig);

const logger = createLogger(config.logLevel);
const sandbox = await createSandbox(config);
logger.info({ ...sandbox.info(), concurrency: config.concurrency }, 'sandbox ready');
// The run admission's counts: a connection that fails fast, so a Redis away falls back to local counts.
const redis = config.redisUrl ? createRedis(config.redisUrl) : undefined;
redis?.on('error', () => {});
const { app, execution, breaker, metrics } = createApp({ config, sandbox, logger, redis });
const grading = config.grading ? startGrading({ ...config.grading, concurrency: config.concurrency, analysers: createAnalysers(sandbox), execution, breaker, metrics, logger }) : undefined;
if (!grading) logger.warn('DATABASE_URL or REDIS_URL not set: serving /run only, taking no grading jobs');
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => logger.info({ port: info.port }, 'grader-api listening'));

// A cold Go build cache rebuilds the runtime (~7 s); pay that once now, not on a student's run.
void execution
  .run({ language: 'go', code: 'package main\nfunc main() {}\n', stdin: '', limits: { timeMs: 1000, memoryMb: 64, outputBytes: 1024 } })
  .then((outcome) => logger.info({ verdict: outcome.verdict }, 'go build cache warm'))
  .catch((error: unknown) => logger.warn({ err: error }, 'warming the go build cache failed'));

onShutdown({
  logger,
  message: 'draining: no new runs, finishing the ones in progress',
  drain: async () => {
    // No cut-off: a run in progress finishes and is answered, however long it takes.
    await Promise.all([closeServer(server as Server), grading?.close()]);
    await sandbox.close();
    await redis?.quit().catch(() => undefined);
    logger.info('drained');
  },
});
