import type { AppDependencies } from './app.ts';
import { startSessionWatch } from './accounts/session-watch.ts';
import { startGradingWatch } from './clock/grading-watch.ts';
import { startTimerWorker } from './clock/timer-worker.ts';
import { startMatcher } from './matchmaking/matcher.ts';
import { startPresenceRefresh } from './presence/presence-refresh.ts';
import { startPubSubProbe } from './pubsub-probe.ts';
import type { Services } from './services.ts';
import type { BattleServer } from './sockets/socket-server.ts';

/**
 * The background loops every instance runs: battle timers and their sweeps, the result sweep,
 * the grading watch, matchmaking, presence refresh, the session check, the pub/sub probe.
 * main.ts starts them once the app is built and stops them before closing the server.
 */
export function startWorkers(deps: AppDependencies, services: Services, io: BattleServer) {
  const { config, sql, redis, subscriber, logger } = deps;
  const { battles: settings } = config;
  const { ender, presence, timers, metrics } = services;
  const timerWorker = startTimerWorker({ redisUrl: config.redisUrl, prefix: config.redisPrefix, sql, logger, sweepIntervalMs: settings.sweepIntervalMs, timers, presence, ender });
  const loops = [
    services.results.startSweep(settings.sweepIntervalMs),
    startGradingWatch({
      redis,
      sql,
      logger,
      ...config.gradingWatch,
      scheduleDeadline: timers.scheduleDeadline,
      cancelDeadline: timers.cancelDeadline,
      callOff: (battleId) => ender.end(battleId, 'grading_unavailable'),
      changed: async (battleId) => services.broadcaster.state(await services.battles.stateOf(battleId)),
    }),
    startMatcher({
      queue: services.matchmakingQueue,
      rules: config.matchmaking.rules,
      intervalMs: config.matchmaking.intervalMs,
      makeBattle: services.challenges.createMatched,
      notify: services.broadcaster.matchFound,
      metrics,
      logger,
    }),
    startPresenceRefresh({ io, presence, intervalMs: settings.presenceTtlMs / 3, logger }),
    // Sessions are re-checked as often as presence is refreshed.
    startSessionWatch({ io, subscriber, sessions: services.sessions, intervalMs: settings.presenceTtlMs / 3, logger }),
    startPubSubProbe({ pub: deps.pub, sub: deps.sub, prefix: config.redisPrefix, intervalMs: config.redisProbeIntervalMs, metrics, logger }),
  ];
  return {
    async stop(): Promise<void> {
      for (const loop of loops) loop.stop();
      await timerWorker.stop();
    },
  };
}

export type Workers = ReturnType<typeof startWorkers>;
