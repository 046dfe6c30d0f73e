export { addressRanges, envFlag, listenHost, listenPort, loadConfig, logLevel, parseEnv, redisLocation, serviceConfig, serviceEnv } from './env.ts';
