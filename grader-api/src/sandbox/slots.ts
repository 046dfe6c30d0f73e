const BACKGROUND = 'background:';

/**
 * The owner of a box whose work nobody waits for (code insights after a verdict): it is served
 * only when no other owner holds or waits for a slot, and never takes the last free slot, so a
 * grading or a run arriving meanwhile starts at once and runs with no analysis beside it (an
 * analysis box already running finishes its step). Background owners share fairly among themselves.
 */
export function backgroundOwner(owner: string | undefined): string {
  return `${BACKGROUND}${owner ?? 'anonymous'}`;
}

export function isBackground(owner: string): boolean {
  return owner.startsWith(BACKGROUND);
}

/**
 * A fixed set of numbered slots (one per concurrent sandbox), shared fairly between owners (the
 * user whose code runs). A free slot goes to the waiting owner holding fewest slots, and among
 * those to the one served longest ago; no owner holds more than `maxPerOwner` slots: by default
 * one fewer than there are, so one user's burst of busy loops always leaves a slot for somebody
 * else's hello world.
 */
export class Slots {
  readonly #free: number[];
  readonly #size: number;
  readonly #maxPerOwner: number;
  /** Who holds each slot (undefined: free). */
  readonly #holders: (string | undefined)[];
  readonly #held = new Map<string, number>();
  readonly #waiting = new Map<string, ((slot: number) => void)[]>();
  /** When each owner was last given a slot (a counter), for taking turns. */
  readonly #lastServed = new Map<string, number>();
  #served = 0;

  constructor(size: number, options: { maxPerOwner?: number } = {}) {
    this.#size = size;
    this.#maxPerOwner = Math.max(1, Math.min(size, options.maxPerOwner ?? size - 1));
    this.#free = Array.from({ length: size }, (_, i) => size - 1 - i);
    this.#holders = Array.from({ length: size }, () => undefined);
  }

  get inUse(): number {
    return this.#size - this.#free.length;
  }

  get waiting(): number {
    let count = 0;
    for (const waiters of this.#waiting.values()) count += waiters.length;
    return count;
  }

  acquire(owner = 'anonymous'): Promise<number> {
    return new Promise((resolve) => {
      const waiters = this.#waiting.get(owner) ?? [];
      waiters.push(resolve);
      this.#waiting.set(owner, waiters);
      this.#dispatch();
    });
  }

  release(slot: number): void {
    const owner = this.#holders[slot];
    if (owner === undefined) return;
    this.#holders[slot] = undefined;
    const held = (this.#held.get(owner) ?? 1) - 1;
    if (held > 0) this.#held.set(owner, held);
    else this.#held.delete(owner);
    this.#free.push(slot);
    this.#dispatch();
  }

  /** Resolves once every slot is free again. */
  async drain(): Promise<void> {
    while (this.inUse > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  #dispatch(): void {
    while (this.#free.length > 0) {
      const owner = this.#nextOwner();
      if (owner === undefined) return;
      const waiters = this.#waiting.get(owner) ?? [];
      const resolve = waiters.shift();
      if (waiters.length === 0) this.#waiting.delete(owner);
      const slot = this.#free.pop();
      if (resolve === undefined || slot === undefined) return;
      this.#holders[slot] = owner;
      this.#held.set(owner, (this.#held.get(owner) ?? 0) + 1);
      this.#lastServed.set(owner, ++this.#served);
      resolve(slot);
    }
    // Forget owners who neither hold nor wait, so the map stays as small as the crowd.
    for (const owner of this.#lastServed.keys()) if (!this.#held.has(owner) && !this.#waiting.has(owner)) this.#lastServed.delete(owner);
  }

  #nextOwner(): string | undefined {
    let best: string | undefined;
    let bestRank: [number, number, number] = [Infinity, Infinity, Infinity];
    // Background work starts only on an otherwise idle grader: beside a grading or a run it would
    // share their CPU, and a verdict would wait for an analysis nobody is waiting for.
    const foregroundBusy = [...this.#held.keys()].some((holder) => !isBackground(holder));
    const backgroundMayStart = !foregroundBusy && (this.#free.length > 1 || this.#size === 1);
    for (const owner of this.#waiting.keys()) {
      const held = this.#held.get(owner) ?? 0;
      if (held >= this.#maxPerOwner) continue;
      const background = isBackground(owner);
      if (background && !backgroundMayStart) continue;
      const rank: [number, number, number] = [background ? 1 : 0, held, this.#lastServed.get(owner) ?? 0];
      if (before(rank, bestRank)) [best, bestRank] = [owner, rank];
    }
    return best;
  }
}

function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}
