export * from './languages.ts';
export * from './verdicts.ts';
export * from './problem.ts';
export * from './accounts.ts';
export * from './assignments.ts';
export * from './health.ts';
export * from './run.ts';
export * from './submissions.ts';
