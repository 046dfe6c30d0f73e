export { closeServer, onShutdown, type ShutdownOptions } from './shutdown.ts';
