import type { Context } from 'hono';
import type { z } from 'zod';
import { InvalidRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors/common-errors.ts';
import { parseWith } from './validate.ts';

/** Enough for any body that is not source code; routes taking code pass their own limit. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

export interface JsonBodyOptions {
  maxBytes?: number;
  /** Read the body as JSON whatever its Content-Type; otherwise 415. */
  anyContentType?: boolean;
}

/** Reads a JSON body (size-capped, content type checked) and validates it with a contracts schema. */
export async function jsonBody<T extends z.ZodType>(c: Context, schema: T, options: JsonBodyOptions = {}): Promise<z.infer<T>> {
  return parseWith(schema, await readJson(c, options), 'request body');
}

/** The checks `jsonBody` makes, returning the parsed value unvalidated. */
export async function readJson(c: Context, options: JsonBodyOptions): Promise<unknown> {
  const maxBytes = options.maxBytes ?? MAX_JSON_BODY_BYTES;
  if (!options.anyContentType && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new UnsupportedMediaTypeError('Send the body as application/json.');
  }
  if (Number(c.req.header('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes);
  // Hono keeps the text, so a validator after this reads the same body again.
  const text = await c.req.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge(maxBytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidRequestError(`The body is not valid JSON: ${(error as Error).message}.`);
  }
}

function tooLarge(maxBytes: number): PayloadTooLargeError {
  const size = maxBytes % (1024 * 1024) === 0 ? `${maxBytes / (1024 * 1024)} MiB` : `${Math.round(maxBytes / 1024)} KiB`;
  return new PayloadTooLargeError(`The body exceeds ${size}.`);
}
