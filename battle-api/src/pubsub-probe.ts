import { randomUUID } from 'node:crypto';
import type { Redis } from '@eduscale/server-kit/deps';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

/**
 * Measures redis_pubsub_roundtrip_ms, the latency every cross-instance battle event pays:
 * publishes a timestamp on a channel of this instance's own through the adapter's publisher
 * and times its arrival at the adapter's subscriber (whose handler ignores foreign channels).
 */
export function startPubSubProbe(deps: { pub: Redis; sub: Redis; prefix: string; intervalMs: number; metrics: Metrics; logger: Logger }) {
  const channel = `${deps.prefix}:probe:${randomUUID()}`;
  const onMessage = (received: string, message: string) => {
    if (received === channel) deps.metrics.pubsubRoundtrip.observe(performance.now() - Number(message));
  };
  deps.sub.on('message', onMessage);
  void deps.sub.subscribe(channel).catch((error: Error) => deps.logger.warn({ err: error.message }, 'pub/sub probe could not subscribe'));
  const timer = setInterval(() => {
    deps.pub.publish(channel, String(performance.now())).catch(() => {}); // /health reports Redis being away
  }, deps.intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      deps.sub.off('message', onMessage);
      void deps.sub.unsubscribe(channel).catch(() => {});
    },
  };
}
