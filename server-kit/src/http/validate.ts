import type { z } from 'zod';
import { InvalidRequestError, type FieldProblem } from '../errors/common-errors.ts';

/** Parses a value with a contracts schema, turning zod's issues into a 400 listing each field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, what = 'request'): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidRequest(result.error, what);
  return result.data;
}

// The part of the request each validation target of a route definition reads.
const PARTS: Record<string, string> = { json: 'request body', query: 'query', param: 'path', header: 'headers', cookie: 'cookies', form: 'form' };

type ValidationResult = { target: string } & ({ success: true } | { success: false; error: z.ZodError });

/**
 * The `defaultHook` of an OpenAPIHono: input that fails its route definition's schemas gets
 * the same 400 as `parseWith` (thrown, so `onError` writes it), not the library's own answer.
 */
export function rejectInvalidInput(result: ValidationResult): void {
  if (!result.success) throw invalidRequest(result.error, PARTS[result.target] ?? result.target);
}

function invalidRequest(error: z.ZodError, what: string): InvalidRequestError {
  const errors: FieldProblem[] = error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }));
  return new InvalidRequestError(`The ${what} is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}.`, errors);
}
