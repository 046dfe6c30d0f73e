import { createHash } from 'node:crypto';
import type { Context } from 'hono';

interface Encoded {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

const encodings = new WeakMap<object, Encoded>();

/**
 * A JSON response for a value many requests share (the catalogue cache hands one object to
 * every request for a moment): serialised, UTF-8 encoded and tagged once per object, not once
 * per request, and answered with 304 when the client already holds that tag. The value must
 * not be mutated after it is first sent.
 */
export function sharedJson(c: Context, value: object): Response {
  let encoded = encodings.get(value);
  if (!encoded) {
    const body = new TextEncoder().encode(JSON.stringify(value));
    encoded = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    encodings.set(value, encoded);
  }
  if (matches(c.req.header('if-none-match'), encoded.etag)) return c.body(null, 304, { etag: encoded.etag });
  return c.body(encoded.body, 200, { 'content-type': 'application/json', etag: encoded.etag });
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}
