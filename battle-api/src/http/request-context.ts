import type { MiddlewareHandler } from 'hono';
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../accounts/session.service.ts';
import type { Logger } from '../logger.ts';

export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    user: SessionUser | undefined;
  };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Request id (NGINX's, when it sent a sane one) and a child logger carrying it. */
export function requestContext(options: { logger: Logger }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('log', options.logger.child({ reqId: requestId }));
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    c.var.log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}
