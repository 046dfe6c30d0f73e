import type { MiddlewareHandler } from 'hono';
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../accounts/session.service.ts';
import type { Logger } from '../logger.ts';
import { clientAddressOf, type ProxyTrust } from './client-address.ts';

export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    clientIp: string;
    user: SessionUser | undefined;
  };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Request id (NGINX's, when it sent a sane one), a child logger carrying it, the client address. */
export function requestContext(options: { logger: Logger; proxy: ProxyTrust }): MiddlewareHandler<AppEnv> {
  const clientIp = clientAddressOf(options.proxy);
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('log', options.logger.child({ reqId: requestId }));
    c.set('clientIp', clientIp(c));
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    c.var.log.info({ method: c.req.method, path: c.req.path, client: c.var.clientIp, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}
