import type { MiddlewareHandler } from 'hono';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger/logger.ts';
import { clientAddressOf, type ProxyTrust } from './client-address.ts';

export interface RequestVariables {
  requestId: string;
  /** A child of the service's logger carrying `reqId`. */
  log: Logger;
  clientIp: string;
}

export interface RequestEnv {
  Variables: RequestVariables;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Request id (NGINX's, when it sent a sane one), a child logger carrying it, the client address.
 * Without `proxy` the client is the TCP peer. `logRequests: false` leaves out the line per request.
 */
export function requestContext(options: { logger: Logger; proxy?: ProxyTrust; logRequests?: boolean }): MiddlewareHandler<RequestEnv> {
  const clientIp = clientAddressOf(options.proxy ?? { enabled: false, ranges: [] });
  const logRequests = options.logRequests ?? true;
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('log', options.logger.child({ reqId: requestId }));
    c.set('clientIp', clientIp(c));
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    if (logRequests) {
      c.var.log.info({ method: c.req.method, path: c.req.path, client: c.var.clientIp, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
    }
  };
}
