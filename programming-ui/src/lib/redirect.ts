/** The `next` query parameter as a same-origin path, or the fallback when absent or foreign. */
export function safeNext(url: URL, fallback = '/assignments'): string {
  const next = url.searchParams.get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
