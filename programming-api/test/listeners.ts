/** Moved to @eduscale/test-kit/processes; kept for the tests that still import it from here. */
export { listeningAddresses } from '@eduscale/test-kit/processes';
