export { addressRanges, envFlag, listenHost, listenPort, loadConfig, logLevel, parseEnv, serviceConfig, serviceEnv } from './env.ts';
