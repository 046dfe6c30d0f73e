import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'programming-api' },
    // Whatever the shape of a logged object, these never reach a log line.
    redact: { paths: ['password', '*.password', 'req.headers.cookie', 'headers.cookie', 'databaseUrl'], censor: '[redacted]' },
  });
}
