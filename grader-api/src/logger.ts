import { createLogger as createServiceLogger, type Logger } from '@eduscale/server-kit/logger';

export type { Logger };

/** Several graders share a stack's log, so each line names its process. */
export const createLogger = (level: string): Logger => createServiceLogger({ service: 'grader-api', level, base: { pid: process.pid } });
