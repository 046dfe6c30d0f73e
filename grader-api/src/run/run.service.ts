import { MAX_CODE_BYTES, MAX_STDIN_BYTES, type RunRequest, type RunResponse } from '@eduscale/contracts';
import { PayloadTooLargeError } from '@eduscale/server-kit/errors';
import { GradingUnavailableError, TooManyRunsError } from '../errors.ts';
import type { SandboxBreaker } from '../execution/breaker.ts';
import type { ExecutionService } from '../execution/execution.service.ts';
import { LANGUAGE_SPECS } from '../languages/languages.ts';
import type { GraderMetrics } from '../metrics.ts';
import type { RunAdmission } from './run-admission.ts';

export function createRunService(deps: { execution: ExecutionService; breaker: SandboxBreaker; admission: RunAdmission; metrics: GraderMetrics; outputBytes: number; maxInFlight: number }) {
  const { execution, breaker, metrics } = deps;
  let inFlight = 0;

  async function admit(user: string) {
    try {
      return await deps.admission.admit(user);
    } catch (error) {
      if (error instanceof TooManyRunsError) metrics.runsRefused.inc({ reason: 'user_in_flight' });
      throw error;
    }
  }

  async function execute(request: RunRequest, owner: string | undefined): Promise<RunResponse> {
    const spec = LANGUAGE_SPECS[request.language];
    const stopTimer = metrics.runDuration.startTimer({ language: request.language });
    inFlight++;
    metrics.sandboxesBusy.set(inFlight);
    try {
      const limits = { timeMs: spec.defaultTimeMs, memoryMb: spec.defaultMemoryMb, outputBytes: deps.outputBytes };
      const outcome = await breaker.fire(() => execution.run({ ...request, owner, limits }));
      metrics.runs.inc({ language: request.language, verdict: outcome.verdict });
      return { ...outcome, findings: [] };
    } catch (error) {
      if (error instanceof GradingUnavailableError) metrics.runsRefused.inc({ reason: 'breaker_open' });
      throw error;
    } finally {
      inFlight--;
      metrics.sandboxesBusy.set(inFlight);
      metrics.breakerState.set({ closed: 0, half_open: 1, open: 2 }[breaker.state()]);
      stopTimer();
    }
  }

  return {
    get inFlight() {
      return inFlight;
    },

    /**
     * `user` is who asked (NGINX names the signed-in user): their runs in flight are capped, and
     * they take turns with everyone else for sandboxes. Direct internal callers name nobody.
     */
    async run(request: RunRequest, caller: { user?: string } = {}): Promise<RunResponse> {
      if (Buffer.byteLength(request.code) > MAX_CODE_BYTES) throw new PayloadTooLargeError(`Code is limited to ${MAX_CODE_BYTES / 1024} KiB.`);
      if (Buffer.byteLength(request.stdin) > MAX_STDIN_BYTES) throw new PayloadTooLargeError(`Input is limited to ${MAX_STDIN_BYTES / 1024} KiB.`);
      if (inFlight >= deps.maxInFlight) {
        metrics.runsRefused.inc({ reason: 'busy' });
        throw new GradingUnavailableError('Every sandbox of this grader is busy; try again in a moment.', 1);
      }
      const release = caller.user ? await admit(caller.user) : undefined;
      try {
        return await execute(request, caller.user ? `user:${caller.user}` : undefined);
      } finally {
        await release?.();
      }
    },
  };
}

export type RunService = ReturnType<typeof createRunService>;
