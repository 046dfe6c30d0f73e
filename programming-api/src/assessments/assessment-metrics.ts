import { Counter, type Registry } from 'prom-client';

export function createAssessmentMetrics(registry: Registry) {
  return {
    started: new Counter({ name: 'assessment_attempts_started_total', help: 'Mock assessment attempts started, by template', labelNames: ['template'] as const, registers: [registry] }),
    finished: new Counter({
      name: 'assessment_attempts_finished_total',
      help: 'Attempts finished: by = learner (finished by hand) or deadline (by the clock: the delayed job, the sweep, or the first read after it)',
      labelNames: ['by'] as const,
      registers: [registry],
    }),
    scored: new Counter({ name: 'assessment_attempts_scored_total', help: 'Finished attempts scored (every coding answer graded), by outcome', labelNames: ['outcome'] as const, registers: [registry] }),
  };
}

export type AssessmentMetrics = ReturnType<typeof createAssessmentMetrics>;
