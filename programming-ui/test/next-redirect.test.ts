/**
 * `?next=` on the sign-in and registration pages: only a path of our own origin is followed;
 * anything a browser would take off-site (or that cannot be a Location header) falls back to
 * the default landing, and never costs a 5xx.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EDGE_URL, edge, signUp } from '@eduscale/test-kit/edge';
import { safeNext } from '../src/lib/redirect.ts';

const ORIGIN = 'https://eduscale.example';
const at = (next: string) => new URL(`${ORIGIN}/login?next=${next}`);

/** What a browser does with a Location header: resolve it against the page, after dropping tabs and newlines. */
const followedTo = (location: string, base = ORIGIN) => new URL(location.replace(/[\t\n\r]/g, ''), base);

// Each as it would appear, already percent-encoded, in the query string.
const OFF_SITE = [
  '/%09/evil.example',
  '/%0A/evil.example',
  '/%0D%0A/evil.example',
  '/%09%09/evil.example',
  '%09//evil.example',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '/%5Cevil.example',
  '%5C%5Cevil.example',
  '/%5C/evil.example',
  'https://evil.example/',
  'https:evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt%3Aalert(1)',
  'data:text/html,hi',
  '/..//evil.example',
  '/./%2F/evil.example/..//x',
  '%20//evil.example',
  '/%00/x',
  '/%7F',
  '/%0A/x',
  'evil.example',
  '',
];

describe('safeNext', () => {
  it('falls back for every next a browser would follow off-site or could not use', () => {
    assert.equal(OFF_SITE.length, 24);
    for (const next of OFF_SITE) {
      const chosen = safeNext(at(next), '/dashboard');
      assert.equal(followedTo(chosen).origin, ORIGIN, `${next} → ${chosen}`);
      assert.doesNotMatch(chosen, /[\p{Cc}\\]/u, `${next} → ${JSON.stringify(chosen)}`);
      assert.equal(chosen, '/dashboard', `${next} → ${chosen}`);
    }
  });

  it('keeps a same-origin path with its query and fragment', () => {
    assert.equal(safeNext(at(encodeURIComponent('/battles/abc?tab=2#top')), '/dashboard'), '/battles/abc?tab=2#top');
    assert.equal(safeNext(at('/assignments'), '/dashboard'), '/assignments');
    assert.equal(safeNext(at(encodeURIComponent('/login?next=/x')), '/dashboard'), '/login?next=/x');
  });

  it('answers a path that is safe to put in a Location header as it is', () => {
    for (const next of [encodeURIComponent('/assignments/ünïcode'), encodeURIComponent('/a b'), encodeURIComponent('/x\u2028y')]) {
      const chosen = safeNext(at(next), '/dashboard');
      assert.match(chosen, /^\/[\u0021-\u007e]*$/, `${next} → ${JSON.stringify(chosen)}`);
      assert.equal(followedTo(chosen).origin, ORIGIN);
    }
  });

  it('falls back when next is missing', () => {
    assert.equal(safeNext(new URL(`${ORIGIN}/login`), '/dashboard'), '/dashboard');
    assert.equal(safeNext(new URL(`${ORIGIN}/register`)), '/assignments');
  });
});

describe('GET /login and /register with a hostile next, through NGINX', () => {
  it('redirects a signed-in visitor only within the site, and never answers 5xx', async () => {
    const user = await signUp('next');
    const origin = new URL(EDGE_URL).origin;
    let redirects = 0;
    for (const page of ['/login', '/register']) {
      for (const next of OFF_SITE) {
        const response = await edge(`${page}?next=${next}`, { cookie: user.cookie });
        assert.ok(response.status < 500, `${page}?next=${next}: ${response.status}`);
        assert.equal(response.status, 302, `${page}?next=${next}: ${response.status}`);
        const location = response.headers.get('location') ?? '';
        assert.equal(followedTo(location, EDGE_URL).origin, origin, `${page}?next=${next} → ${JSON.stringify(location)}`);
        assert.equal(followedTo(location, EDGE_URL).pathname, page === '/login' ? '/dashboard' : '/assignments');
        redirects++;
      }
    }
    assert.equal(redirects, OFF_SITE.length * 2);
  });

  it('hands the sign-in form only the default landing, never the hostile next', async () => {
    for (const next of ['/%09/evil.example', '/%0A/x', '//evil.example']) {
      const response = await edge(`/login?next=${next}`);
      assert.equal(response.status, 200, `${next}: ${response.status}`);
      // The island's props: Astro serializes `next` as [0, "<value>"].
      const props = /<astro-island[^>]*component-url="[^"]*AuthForm[^"]*"[^>]*props="([^"]*)"/.exec(response.text)?.[1];
      assert.ok(props, 'the page renders the sign-in form');
      const parsed = JSON.parse(props.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as { next: [number, string] };
      assert.equal(parsed.next[1], '/dashboard', next);
    }
  });

  it('follows a same-origin next after sign-in', async () => {
    const user = await signUp('nextok');
    const response = await edge(`/login?next=${encodeURIComponent('/battles?tab=2')}`, { cookie: user.cookie });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), '/battles?tab=2');
  });
});
