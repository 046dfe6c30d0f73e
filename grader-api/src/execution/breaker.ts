import CircuitBreaker from 'opossum';
import type { Config } from '../config.ts';
import { GradingUnavailableError, SandboxFailedError } from '../errors.ts';

export type BreakerState = 'closed' | 'half_open' | 'open';

/**
 * Wraps sandbox work in a circuit breaker: when the sandbox keeps failing (bwrap missing,
 * cgroups gone, disk full), callers get "grading unavailable" at once instead of hanging or
 * piling more work onto a broken host. Verdicts are results, not failures: only throws count.
 */
export function createSandboxBreaker(options: Config['breaker']) {
  const breaker = new CircuitBreaker(<T>(work: () => Promise<T>) => work(), {
    timeout: false,
    errorThresholdPercentage: options.errorPercent,
    volumeThreshold: options.volume,
    resetTimeout: options.resetMs,
    rollingCountTimeout: 30_000,
  });
  const retryAfter = Math.ceil(options.resetMs / 1000);

  return {
    breaker,
    async fire<T>(work: () => Promise<T>): Promise<T> {
      try {
        return (await breaker.fire(work)) as T;
      } catch (error) {
        if ((error as { code?: string }).code === 'EOPENBREAKER') {
          throw new GradingUnavailableError('Grading is unavailable right now: the sandbox is failing. Try again shortly.', retryAfter, { cause: error });
        }
        // A verdict never throws: whatever did is the sandbox failing, not the caller's code.
        throw new SandboxFailedError('The sandbox failed on this run; try again shortly.', 1, { cause: error });
      }
    },
    state(): BreakerState {
      return breaker.opened ? 'open' : breaker.halfOpen ? 'half_open' : 'closed';
    },
  };
}

export type SandboxBreaker = ReturnType<typeof createSandboxBreaker>;
