import { gradingChannel, type Complexity, type ComplexityClass, type Finding, type FunctionMetric, type GradingEvent, type Insights, type Language } from '@eduscale/contracts';
import type { Redis } from 'ioredis';
import type { CompiledProgram, ExecutionService } from '../execution/execution.service.ts';
import type { Sql } from '../grading/grading.repo.ts';
import type { Logger } from '../logger.ts';
import { backgroundOwner } from '../sandbox/slots.ts';
import { loadInsightsTask, saveInsights, saveInsightsFailed, type InsightsTask } from './insights.repo.ts';

/** What looks at the code: the language's linters and function metrics, and the complexity measurement. */
export interface CodeAnalysers {
  lint(source: { language: Language; code: string; owner?: string }): Promise<Finding[]>;
  functions(source: { language: Language; code: string; owner?: string }): Promise<FunctionMetric[]>;
  complexity(request: { program: CompiledProgram; language: Language; memoryMb: number; inputs: { n: number; input: string }[]; expected: ComplexityClass }): Promise<Complexity | null>;
}

/** An analysis that keeps being started and never finishes (it kills its grader, say) is given up. */
const MAX_STARTS = 5;

/**
 * One grading's insights: lint findings and function metrics for every graded program, and the
 * measured complexity for one that reads the input as meant (every sample accepted) and either
 * passed or ran out of time. Stored once per grading, then announced on the grading's channel
 * for the streams waiting for them. Safe to run twice: the second finds them done.
 */
export function createInsightsService(deps: { sql: Sql; redis: Redis; execution: ExecutionService; analysers: CodeAnalysers; logger: Logger }) {
  const { sql, redis, execution, analysers, logger } = deps;

  async function publish(gradingId: string, event: GradingEvent): Promise<void> {
    await redis.publish(gradingChannel(gradingId), JSON.stringify(event)).catch((error: unknown) => logger.warn({ err: error }, 'publishing insights failed'));
  }

  async function measure(task: InsightsTask): Promise<Complexity | null> {
    const spec = task.complexity;
    const measurable = task.verdict === 'accepted' || (task.verdict === 'time_limit_exceeded' && task.samplesPassed);
    if (!spec || !measurable) return null;
    // The program's box (its compile and every size) belongs to the background class too.
    const measured = await execution.withProgram({ ...task, owner: backgroundOwner(task.owner) }, (program) =>
      analysers.complexity({ program, language: task.language, memoryMb: task.memoryLimitMb, inputs: spec.inputs, expected: spec.expected }),
    );
    return measured ?? null;
  }

  return {
    async analyse(gradingId: string): Promise<void> {
      const task = await loadInsightsTask(sql, gradingId);
      if (!task) return;
      if (task.attempts > MAX_STARTS) {
        logger.error({ gradingId, attempts: task.attempts }, 'insights never finished; given up');
        await this.giveUp(gradingId);
        return;
      }
      const findings = await analysers.lint(task);
      const functions = await analysers.functions(task);
      const insights: Insights = { findings, functions, complexity: await measure(task) };
      if (await saveInsights(sql, gradingId, insights)) await publish(gradingId, { type: 'insights', insights });
    },

    async giveUp(gradingId: string): Promise<void> {
      if (await saveInsightsFailed(sql, gradingId)) await publish(gradingId, { type: 'status', status: 'done' });
    },
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
