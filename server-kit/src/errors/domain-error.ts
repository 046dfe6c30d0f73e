export interface DomainErrorOptions {
  cause?: unknown;
  /** Extra members of the problem body (e.g. `errors`, `checks`). */
  extensions?: Record<string, unknown>;
  /** Headers the problem is sent with (e.g. `retry-after`). */
  headers?: Record<string, string>;
}

/**
 * What a service throws when it cannot serve a request: the one error handler writes it as
 * RFC 9457 problem+json with the status and stable `type` it carries, its message as the
 * `detail`. Subclasses set `name`, `status`, `type` and `title`.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly type: string;
  abstract readonly title: string;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(detail: string, options: DomainErrorOptions = {}) {
    super(detail, { cause: options.cause });
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

/** A stable problem `type` URI; clients compare it, so a slug never changes meaning. */
export const problemType = (slug: string) => `https://eduscale.dev/problems/${slug}`;
