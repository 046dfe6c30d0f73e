import type { Ack } from '@eduscale/contracts';
import { asDomainError } from '@eduscale/server-kit/errors';

export type AckError = Extract<Ack<never>, { ok: false }>['error'];

const ACK_CODES: Record<number, AckError['code']> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

/**
 * What a socket handler's failure tells the client, as `onError` does for HTTP: a domain
 * error's code from its status (5xx unavailable, other 4xx, conflicts too, invalid) and its
 * message; anything else only that it was our fault, its message never sent.
 */
export function ackError(error: unknown): { error: AckError; expected: boolean } {
  const known = asDomainError(error);
  if (!known) return { error: { code: 'unavailable', message: 'Something went wrong on our side.' }, expected: false };
  const code = known.status >= 500 ? 'unavailable' : (ACK_CODES[known.status] ?? 'invalid');
  return { error: { code, message: known.message }, expected: true };
}
