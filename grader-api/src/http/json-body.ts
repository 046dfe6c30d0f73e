import type { Context } from 'hono';
import type { z } from 'zod';
import { InvalidRequestError, PayloadTooLargeError } from '../errors.ts';

const MAX_BODY_BYTES = 1024 * 1024;

/** Reads and validates a JSON body; zod's issues become a 400 listing each field. */
export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const text = await c.req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new PayloadTooLargeError('The body exceeds 1 MiB.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidRequestError(`The body is not valid JSON: ${(error as Error).message}.`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors = result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }));
    throw new InvalidRequestError(`The request body is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}.`, { extensions: { errors } });
  }
  return result.data;
}
