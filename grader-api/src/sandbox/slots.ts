/** A fixed set of numbered slots (one per concurrent sandbox), handed out first come, first served. */
export class Slots {
  readonly #free: number[];
  readonly #waiting: ((slot: number) => void)[] = [];
  readonly #size: number;

  constructor(size: number) {
    this.#size = size;
    this.#free = Array.from({ length: size }, (_, i) => i);
  }

  get inUse(): number {
    return this.#size - this.#free.length;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  acquire(): Promise<number> {
    const slot = this.#free.pop();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  release(slot: number): void {
    const next = this.#waiting.shift();
    if (next) next(slot);
    else this.#free.push(slot);
  }

  /** Resolves once every slot is free again. */
  async drain(): Promise<void> {
    while (this.inUse > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
