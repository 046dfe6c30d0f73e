/** Moved to @eduscale/test-kit/databases; kept for the tests that still import it from here. */
export { createScratchDatabase } from '@eduscale/test-kit/databases';
