import type { Context } from 'hono';
import type { z } from 'zod';
import { InvalidRequestError, PayloadTooLargeError, UnsupportedMediaTypeError, type FieldProblem } from '../errors.ts';

const MAX_JSON_BODY_BYTES = 16 * 1024;

/** Parses a value with a contracts schema, turning zod's issues into a 400 listing each field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, what = 'request'): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors: FieldProblem[] = result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }));
    throw new InvalidRequestError(`The ${what} is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}.`, errors);
  }
  return result.data;
}

/** Reads a JSON body (size-capped, content type checked) and validates it. */
export async function jsonBody<T extends z.ZodType>(c: Context, schema: T, maxBytes = MAX_JSON_BODY_BYTES): Promise<z.infer<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) throw new UnsupportedMediaTypeError('Send the body as application/json.');
  const tooLarge = () => new PayloadTooLargeError(`The body exceeds ${Math.round(maxBytes / 1024)} KiB.`);
  if (Number(c.req.header('content-length') ?? 0) > maxBytes) throw tooLarge();
  const text = await c.req.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidRequestError(`The body is not valid JSON: ${(error as Error).message}.`);
  }
  return parseWith(schema, value, 'request body');
}
