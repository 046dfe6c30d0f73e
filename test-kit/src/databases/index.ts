export { migrate } from './migrate.ts';
export { createScratchDatabase, type ScratchDatabase } from './scratch-database.ts';
