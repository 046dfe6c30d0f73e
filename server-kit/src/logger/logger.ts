import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * What never reaches a log line, in every service, whatever the shape of the logged object:
 * cookies and session tokens (a token is a signed-in session), authorization headers,
 * passwords, and connection URLs (they carry the database's and Redis's passwords).
 */
export const REDACTED_PATHS: readonly string[] = [
  'password',
  '*.password',
  'token',
  '*.token',
  'sessionToken',
  '*.sessionToken',
  'cookie',
  '*.cookie',
  'authorization',
  '*.authorization',
  'headers["set-cookie"]',
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["set-cookie"]',
  'res.headers.cookie',
  'res.headers.authorization',
  'res.headers["set-cookie"]',
  'databaseUrl',
  '*.databaseUrl',
  'redisUrl',
  '*.redisUrl',
];

export interface LoggerOptions {
  service: string;
  level: string;
  /** Fields on every line besides `service` (e.g. the grader's `pid`). */
  base?: Record<string, unknown>;
  /** Where lines go; stdout unless a test captures them. */
  destination?: DestinationStream;
}

export function createLogger({ service, level, base = {}, destination }: LoggerOptions): Logger {
  const options = { level, base: { service, ...base }, redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
