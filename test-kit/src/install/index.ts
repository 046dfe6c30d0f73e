export { ensureFlyway, FLYWAY_LIB } from './flyway-cli.ts';
export { ensurePythonTools, PYTHON_TOOLS_DIR } from './python-tools.ts';
export { ensureSystemPackages, findPostgresBin, type SystemProgram } from './system-packages.ts';
