export { REDACTED_PATHS, createLogger, type Logger, type LoggerOptions } from './logger.ts';
