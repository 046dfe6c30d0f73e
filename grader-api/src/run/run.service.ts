import { MAX_CODE_BYTES, MAX_STDIN_BYTES, type Finding, type RunRequest, type RunResponse } from '@eduscale/contracts';
import { PayloadTooLargeError } from '@eduscale/server-kit/errors';
import { GradingUnavailableError, TooManyRunsError } from '../errors.ts';
import type { SandboxBreaker } from '../execution/breaker.ts';
import type { ExecutionService } from '../execution/execution.service.ts';
import type { CodeAnalysis } from '../insights/lint/index.ts';
import { LANGUAGE_SPECS } from '../languages/languages.ts';
import type { Logger } from '../logger.ts';
import type { GraderMetrics } from '../metrics.ts';
import type { RunAdmission } from './run-admission.ts';

/** How long an answered run waits for its lint still running (a cold Go cache): the findings are a bonus, the run is the answer. */
const LINT_GRACE_MS = 2_000;

export function createRunService(deps: {
  execution: ExecutionService;
  breaker: SandboxBreaker;
  admission: RunAdmission;
  metrics: GraderMetrics;
  outputBytes: number;
  maxInFlight: number;
  /** Lints the code beside the run; without it a run answers no findings. */
  analysis?: Pick<CodeAnalysis, 'lint'>;
  logger?: Logger;
}) {
  const { execution, breaker, metrics } = deps;
  let inFlight = 0;

  /**
   * Never rejects. The lint's boxes belong to an owner of their own (`<owner>:lint`), so the
   * fair share never makes the program's compile or run queue behind its own lint.
   */
  function lint(request: RunRequest, owner: string | undefined): Promise<Finding[]> {
    if (!deps.analysis) return Promise.resolve([]);
    return deps.analysis.lint({ language: request.language, code: request.code, owner: owner && `${owner}:lint` }).catch((error: unknown) => {
      deps.logger?.warn({ err: error, language: request.language }, 'lint failed; the run answers without findings');
      return [];
    });
  }

  async function findingsWithin(findings: Promise<Finding[]>, language: string): Promise<Finding[]> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Finding[]>((resolve) => {
      timer = setTimeout(() => {
        deps.logger?.info({ language }, 'lint still running when the run finished; answering without findings');
        resolve([]);
      }, LINT_GRACE_MS);
    });
    try {
      return await Promise.race([findings, late]);
    } finally {
      clearTimeout(timer);
    }
  }

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
    const findings = lint(request, owner);
    try {
      const limits = { timeMs: spec.defaultTimeMs, memoryMb: spec.defaultMemoryMb, outputBytes: deps.outputBytes };
      const outcome = await breaker.fire(() => execution.run({ ...request, owner, limits }));
      metrics.runs.inc({ language: request.language, verdict: outcome.verdict });
      return { ...outcome, findings: await findingsWithin(findings, request.language) };
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
