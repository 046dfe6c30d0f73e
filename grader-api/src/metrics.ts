import { createRegistry } from '@eduscale/server-kit/http';
import { Counter, Gauge, Histogram } from 'prom-client';

export function createGraderMetrics() {
  const registry = createRegistry();
  return {
    registry,
    runs: new Counter({ name: 'grader_runs_total', help: 'Runs by language and verdict', labelNames: ['language', 'verdict'] as const, registers: [registry] }),
    runDuration: new Histogram({
      name: 'grader_run_duration_seconds',
      help: 'Whole run (compile and execute) by language',
      labelNames: ['language'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    sandboxOverhead: new Histogram({
      name: 'grader_sandbox_overhead_seconds',
      help: 'Wall time of a sandboxed execution not spent on CPU by it (setup, teardown, scheduling)',
      labelNames: ['step'] as const,
      buckets: [0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128, 0.5],
      registers: [registry],
    }),
    gradings: new Counter({ name: 'grader_gradings_total', help: 'Finished gradings by language and verdict', labelNames: ['language', 'verdict'] as const, registers: [registry] }),
    gradingDuration: new Histogram({
      name: 'grader_grading_duration_seconds',
      help: 'One grading: compile and every test, by language',
      labelNames: ['language'] as const,
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
    breakerState: new Gauge({ name: 'grader_breaker_state', help: 'Sandbox circuit breaker: 0 closed, 1 half open, 2 open', registers: [registry] }),
    sandboxesBusy: new Gauge({ name: 'grader_sandboxes_busy', help: 'Runs in progress', registers: [registry] }),
    runsRefused: new Counter({ name: 'grader_runs_refused_total', help: 'Runs refused (breaker open or too many waiting)', labelNames: ['reason'] as const, registers: [registry] }),
  };
}

export type GraderMetrics = ReturnType<typeof createGraderMetrics>;
