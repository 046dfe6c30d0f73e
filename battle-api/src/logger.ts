import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'battle-api' },
    redact: { paths: ['req.headers.cookie', 'headers.cookie', 'databaseUrl'], censor: '[redacted]' },
  });
}
