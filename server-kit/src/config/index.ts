export { addressRanges, envFlag, listenHost, listenPort, loadConfig, logLevel, parseEnv } from './env.ts';
