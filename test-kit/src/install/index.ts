export { ensureFlyway, FLYWAY_LIB } from './flyway-cli.ts';
export { ensureSystemPackages, findPostgresBin, type SystemProgram } from './system-packages.ts';
