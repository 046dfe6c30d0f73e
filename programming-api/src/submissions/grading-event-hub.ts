import { GradingEvent, gradingChannel } from '@eduscale/contracts';
import type { Redis } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';

type Listener = (event: GradingEvent) => void;

/**
 * One Redis subscriber connection per API process, shared by every open event stream: a
 * channel is subscribed while at least one stream listens to it. Commands on one connection
 * keep their order, so the last (un)subscribe sent always matches the listener map.
 */
export function createGradingEventHub(deps: { subscriber: Redis; logger: Logger }) {
  const { subscriber, logger } = deps;
  const listeners = new Map<string, Set<Listener>>();

  subscriber.on('message', (channel: string, message: string) => {
    const channelListeners = listeners.get(channel);
    if (!channelListeners) return;
    let parsed: ReturnType<typeof GradingEvent.safeParse>;
    try {
      parsed = GradingEvent.safeParse(JSON.parse(message));
    } catch {
      parsed = GradingEvent.safeParse(undefined);
    }
    if (!parsed.success) {
      logger.warn({ channel }, 'ignoring a malformed grading event');
      return;
    }
    for (const listener of channelListeners) listener(parsed.data);
  });

  return {
    /** Resolves once the subscription is active; the returned function ends it. */
    async subscribe(gradingId: string, listener: Listener): Promise<() => void> {
      const channel = gradingChannel(gradingId);
      let channelListeners = listeners.get(channel);
      if (!channelListeners) {
        channelListeners = new Set();
        listeners.set(channel, channelListeners);
      }
      channelListeners.add(listener);
      const unsubscribe = () => {
        channelListeners.delete(listener);
        if (channelListeners.size === 0 && listeners.get(channel) === channelListeners) {
          listeners.delete(channel);
          subscriber.unsubscribe(channel).catch(() => {});
        }
      };
      try {
        await subscriber.subscribe(channel);
      } catch (error) {
        unsubscribe();
        throw error;
      }
      return unsubscribe;
    },
  };
}

export type GradingEventHub = ReturnType<typeof createGradingEventHub>;
