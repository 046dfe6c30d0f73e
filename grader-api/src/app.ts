import { handleError, handleNotFound, requestContext, type RequestEnv } from '@eduscale/server-kit/http';
import type { Redis } from '@eduscale/server-kit/deps';
import { Hono } from 'hono';
import type { Config } from './config.ts';
import { createSandboxBreaker } from './execution/breaker.ts';
import { createExecutionService } from './execution/execution.service.ts';
import { healthRoutes } from './health/health.routes.ts';
import { createCodeAnalysis } from './insights/lint/index.ts';
import type { Logger } from './logger.ts';
import { createGraderMetrics } from './metrics.ts';
import { runRoutes } from './run/run.routes.ts';
import { createRunAdmission } from './run/run-admission.ts';
import { createRunService } from './run/run.service.ts';
import type { Sandbox } from './sandbox/sandbox.ts';

/** The grader's small internal HTTP API, built from the dependencies it is given. */
export function createApp({ config, sandbox, logger, redis }: { config: Config; sandbox: Sandbox; logger: Logger; redis?: Redis }) {
  const metrics = createGraderMetrics();
  const breaker = createSandboxBreaker(config.breaker);
  breaker.breaker.on('open', () => logger.error('sandbox circuit breaker opened: refusing runs'));
  breaker.breaker.on('close', () => logger.info('sandbox circuit breaker closed'));
  const execution = createExecutionService({
    sandbox,
    testParallelism: config.testParallelism,
    onExec: (result, step) => metrics.sandboxOverhead.observe({ step }, Math.max(0, result.wallMs - result.cpuMs) / 1000),
  });
  const admission = createRunAdmission({ redis, perUser: config.runsPerUser, logger });
  const analysis = createCodeAnalysis({ sandbox });
  const runs = createRunService({ execution, breaker, admission, metrics, outputBytes: config.runOutputBytes, maxInFlight: config.concurrency + config.maxWaitingRuns, analysis, logger });
  const instance = `${process.pid}:${config.port}`;

  const app = new Hono<RequestEnv>()
    // No line per request: graders answer NGINX's health checks and every Run all day.
    .use(requestContext({ logger, logRequests: false }))
    .use(async (c, next) => {
      await next();
      // Lets operators (and the load-balancing test) see which grader process answered.
      c.header('x-grader-instance', instance);
    })
    .route('/', runRoutes({ runs }))
    .route('/', healthRoutes({ sandbox, breaker, concurrency: config.concurrency, inFlight: () => runs.inFlight }))
    .get('/metrics', async (c) => {
      metrics.breakerState.set({ closed: 0, half_open: 1, open: 2 }[breaker.state()]);
      return c.text(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType });
    });
  app.onError(handleError);
  app.notFound(handleNotFound);
  return { app, execution, runs, breaker, metrics };
}
