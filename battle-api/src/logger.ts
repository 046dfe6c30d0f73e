import { createLogger as createServiceLogger, type Logger } from '@eduscale/server-kit/logger';

export type { Logger };

export const createLogger = (level: string): Logger => createServiceLogger({ service: 'battle-api', level });
