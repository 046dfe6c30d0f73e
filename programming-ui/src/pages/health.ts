import type { APIRoute } from 'astro';

/**
 * The UI server's own probe: it answers, and its build is in place. It does not call the API, so
 * a UI replica is not taken out of service while programming-api restarts (pages then say so).
 */
export const GET: APIRoute = () => Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
