import { createSubscriber } from 'svelte/reactivity';

/**
 * The current time, read reactively: whatever reads `clock.now` in a template or effect is
 * redrawn every second, and the one interval runs only while something is reading it.
 */
class Clock {
  #subscribe = createSubscriber((update) => {
    const timer = setInterval(update, 1000);
    return () => clearInterval(timer);
  });

  get now(): number {
    this.#subscribe();
    return Date.now();
  }
}

export const clock = new Clock();
