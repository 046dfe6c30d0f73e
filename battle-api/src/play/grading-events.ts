import { GradingEvent, gradingChannel } from '@eduscale/contracts';
import type { Redis } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';

type Listener = (event: GradingEvent) => void;

/**
 * Follows graders' events (`gradingChannel(id)`) over one subscriber connection per process;
 * a channel stays subscribed while anyone listens to it.
 */
export function createGradingEvents(deps: { subscriber: Redis; logger: Logger }) {
  const listeners = new Map<string, Set<Listener>>();

  deps.subscriber.on('message', (channel: string, message: string) => {
    const set = listeners.get(channel);
    if (!set) return;
    let event: GradingEvent;
    try {
      event = GradingEvent.parse(JSON.parse(message));
    } catch {
      deps.logger.warn({ channel }, 'ignoring a malformed grading event');
      return;
    }
    for (const listener of set) listener(event);
  });

  return {
    /** Resolves once subscribed (so nothing published afterwards is missed); call the result to stop. */
    async subscribe(gradingId: string, listener: Listener): Promise<() => void> {
      const channel = gradingChannel(gradingId);
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      let active = true;
      const unsubscribe = () => {
        if (!active) return;
        active = false;
        set.delete(listener);
        if (set.size === 0 && listeners.get(channel) === set) {
          listeners.delete(channel);
          deps.subscriber.unsubscribe(channel).catch(() => {});
        }
      };
      try {
        await deps.subscriber.subscribe(channel);
      } catch (error) {
        unsubscribe();
        throw error;
      }
      return unsubscribe;
    },
  };
}

export type GradingEvents = ReturnType<typeof createGradingEvents>;
