/** A FIFO of pushed items that a single consumer awaits, with a timeout per wait. */
export class Inbox<T> {
  readonly #items: T[] = [];
  #waiter: ((item: T | undefined) => void) | undefined;

  push(item: T): void {
    if (this.#waiter) {
      const waiter = this.#waiter;
      this.#waiter = undefined;
      waiter(item);
    } else {
      this.#items.push(item);
    }
  }

  /** The next item, or undefined when none arrives within `timeoutMs`. */
  next(timeoutMs: number): Promise<T | undefined> {
    if (this.#items.length > 0) return Promise.resolve(this.#items.shift());
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiter = undefined;
        resolve(undefined);
      }, timeoutMs);
      this.#waiter = (item) => {
        clearTimeout(timer);
        resolve(item);
      };
    });
  }
}
