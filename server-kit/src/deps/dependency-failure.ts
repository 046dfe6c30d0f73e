const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED']);

/**
 * True when an error means Postgres or Redis could not be reached (as opposed to a bug):
 * those become 503s, and the clients reconnect by themselves once the server is back.
 */
export function isDependencyFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    // SQLSTATE class 08 (connection exception) and 57P0x (server shutting down / gone).
    if (/^08|^57P0/.test(code)) return true;
  }
  // ioredis, while disconnected with its offline queue off.
  if (/Stream isn't writeable|Connection is closed|Reached the max retries/.test(error.message)) return true;
  return error.cause !== undefined && isDependencyFailure(error.cause);
}
