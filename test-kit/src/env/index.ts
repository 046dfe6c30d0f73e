export { requireEnv } from './require-env.ts';
