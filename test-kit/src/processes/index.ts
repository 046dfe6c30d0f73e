export { listeningAddresses } from './listeners.ts';
export { failOnExit, freePort, isPortFree, waitForPort, waitUntil } from './ports.ts';
export { discardOutput, Supervisor, type ProcessSpec } from './supervisor.ts';
