// Browsers drop tabs and newlines from a URL before resolving it and read `\` as `/`, so
// `/\t/evil.example` leaves the site; neither can be part of a path we send them to.
const UNSAFE = /[\p{Cc}\\]/u;

/**
 * `candidate` as a path of `origin` (path, query and fragment, normalized and percent-encoded,
 * so it is safe in a Location header), or undefined when it is anything else: another
 * origin, a scheme, a protocol-relative or backslashed URL, control characters.
 */
export function sameOriginPath(candidate: string | null | undefined, origin: string): string | undefined {
  if (!candidate || !candidate.startsWith('/') || UNSAFE.test(candidate)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(candidate, origin);
  } catch {
    return undefined;
  }
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // `/..//evil.example` resolves to the path `//evil.example`, which a browser reads as a host.
  if (resolved.origin !== new URL(origin).origin || path.startsWith('//')) return undefined;
  return path;
}

/** The `next` query parameter as a same-origin path, or the fallback when absent or foreign. */
export function safeNext(url: URL, fallback = '/assignments'): string {
  return sameOriginPath(url.searchParams.get('next'), url.origin) ?? fallback;
}
