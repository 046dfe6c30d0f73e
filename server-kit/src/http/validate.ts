import type { z } from 'zod';
import { InvalidRequestError, type FieldProblem } from '../errors/common-errors.ts';

/** Parses a value with a contracts schema, turning zod's issues into a 400 listing each field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, what = 'request'): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors: FieldProblem[] = result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }));
    throw new InvalidRequestError(`The ${what} is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}.`, errors);
  }
  return result.data;
}
