import type { Context, MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../errors/common-errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isStateChanging = (method: string) => !SAFE_METHODS.has(method.toUpperCase());

/**
 * Refuses state-changing requests a browser sent on another site's behalf. Browsers mark
 * every request with Sec-Fetch-Site and cross-origin ones with Origin, so either is enough;
 * clients that send neither (curl, k6) are not browsers and carry no victim's cookie.
 * Unlike hono/csrf this covers JSON bodies too, not only form content types.
 */
export function csrfProtection(options: { publicOrigin: string }): MiddlewareHandler {
  return async (c, next) => {
    if (isStateChanging(c.req.method)) assertSameSite(c, options.publicOrigin);
    return next();
  };
}

export function assertSameSite(c: Context, publicOrigin: string): void {
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    throw new ForbiddenError(`Cross-site request refused (Sec-Fetch-Site: ${fetchSite}).`);
  }
  const origin = c.req.header('origin');
  if (origin !== undefined && !isSameOrigin(origin, c.req.header('host'), publicOrigin)) {
    throw new ForbiddenError(`Cross-site request refused (Origin: ${origin}).`);
  }
}

/** The public origin, or the origin of the Host the request was sent to. */
export function isSameOrigin(origin: string, host: string | undefined, publicOrigin: string): boolean {
  if (origin === publicOrigin) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
