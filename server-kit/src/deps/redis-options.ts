import { Redis, type RedisOptions } from 'ioredis';

/**
 * Where Redis is, as REDIS_URL gives it. Either a plain URL (`redis://[[user]:password@]host:port[/db]`,
 * `rediss://…`), passed to ioredis untouched, or a Sentinel set:
 *
 *   redis+sentinel://[[user]:password@]host1[:26379],host2[:26379],…/<master name>[?db=0&sentinelPassword=…]
 *
 * The credentials are the data nodes' (the primary's and replicas'); the sentinels take
 * `sentinelPassword` if they need one. Each client asks the sentinels who the primary is and
 * asks again whenever its connection drops, so a promoted replica is found without a restart.
 */
export type RedisLocation =
  | { kind: 'url'; url: string }
  | { kind: 'sentinel'; sentinels: { host: string; port: number }[]; name: string; username?: string; password?: string; sentinelPassword?: string; db?: number };

const SENTINEL_SCHEME = 'redis+sentinel://';
const DEFAULT_SENTINEL_PORT = 26379;
const QUERY_KEYS = new Set(['db', 'sentinelPassword']);

export class RedisLocationError extends Error {
  override name = 'RedisLocationError';
}

export const isSentinelLocation = (location: string) => location.toLowerCase().startsWith(SENTINEL_SCHEME);

/** Parses REDIS_URL; throws a RedisLocationError naming what is wrong with a Sentinel form. */
export function parseRedisLocation(location: string): RedisLocation {
  if (!isSentinelLocation(location)) return { kind: 'url', url: location };
  const rest = location.slice(SENTINEL_SCHEME.length);
  const match = /^(?:([^@/]*)@)?([^/?#]*)(?:\/([^/?#]*))?(?:\?([^#]*))?$/.exec(rest);
  if (!match) throw new RedisLocationError(`${SENTINEL_SCHEME}: expected ${SENTINEL_SCHEME}[:password@]host:port,…/<master name>`);
  const [, userInfo, hostList = '', rawName = '', query] = match;
  const name = decode(rawName, 'master name');
  if (!name) throw new RedisLocationError(`${SENTINEL_SCHEME}: the master name is missing (…/<master name> after the sentinels)`);
  const sentinels = hostList.split(',').map(parseSentinel);
  const parsed: RedisLocation = { kind: 'sentinel', sentinels, name };
  if (userInfo !== undefined) {
    const colon = userInfo.indexOf(':');
    const username = decode(colon === -1 ? userInfo : userInfo.slice(0, colon), 'user name');
    if (username) parsed.username = username;
    if (colon !== -1) parsed.password = decode(userInfo.slice(colon + 1), 'password');
  }
  for (const [key, value] of new URLSearchParams(query ?? '')) {
    if (!QUERY_KEYS.has(key)) throw new RedisLocationError(`${SENTINEL_SCHEME}: unknown parameter "${key}" (known: ${[...QUERY_KEYS].join(', ')})`);
    if (key === 'db') {
      if (!/^\d+$/.test(value)) throw new RedisLocationError(`${SENTINEL_SCHEME}: db must be a whole number, not "${value}"`);
      parsed.db = Number(value);
    } else parsed.sentinelPassword = value;
  }
  return parsed;
}

function parseSentinel(entry: string): { host: string; port: number } {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d+))?$/.exec(entry.trim());
  if (!match?.[1]) throw new RedisLocationError(`${SENTINEL_SCHEME}: "${entry}" is not a sentinel address (host or host:port)`);
  const host = match[1].startsWith('[') ? match[1].slice(1, -1) : match[1];
  const port = match[2] === undefined ? DEFAULT_SENTINEL_PORT : Number(match[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RedisLocationError(`${SENTINEL_SCHEME}: "${entry}" has a port outside 1-65535`);
  return { host, port };
}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new RedisLocationError(`${SENTINEL_SCHEME}: the ${what} is not valid percent-encoding`);
  }
}

/** What BullMQ's `connection` takes (its `retryStrategy` may not be null, unlike ioredis's). */
export type QueueConnectionOptions = Omit<RedisOptions, 'retryStrategy'> & { url?: string; retryStrategy?: (times: number) => number | null | undefined };

/**
 * Options for a REDIS_URL plus the caller's own (`extra`, which wins), for BullMQ's `connection`.
 * A plain URL comes back as `url`, which BullMQ hands to ioredis as before; a Sentinel set as
 * `sentinels` + `name`.
 */
export function redisOptions(location: string, extra: QueueConnectionOptions = {}): QueueConnectionOptions {
  const parsed = parseRedisLocation(location);
  return parsed.kind === 'url' ? { url: parsed.url, ...extra } : { ...sentinelOptions(parsed), ...extra };
}

/** An ioredis client for a REDIS_URL (plain or Sentinel) with the caller's options. */
export function connectRedis(location: string, extra: RedisOptions = {}): Redis {
  const parsed = parseRedisLocation(location);
  return parsed.kind === 'url' ? new Redis(parsed.url, extra) : new Redis({ ...sentinelOptions(parsed), ...extra });
}

/**
 * No `failoverDetector`: its subscriptions to the sentinels outlive disconnect() and keep
 * reconnecting after the client is closed (seen with ioredis 5 in test/redis-sentinel.test.ts).
 * A client notices a switch when its connection to the old primary drops and asks again.
 */
function sentinelOptions(location: Extract<RedisLocation, { kind: 'sentinel' }>): Omit<RedisOptions, 'retryStrategy'> {
  return Object.fromEntries(Object.entries(location).filter(([key, value]) => key !== 'kind' && value !== undefined));
}
