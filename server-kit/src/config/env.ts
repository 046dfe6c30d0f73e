import { z } from 'zod';
import { isSentinelLocation, parseRedisLocation } from '../deps/redis-options.ts';

/** `true` or `false`, nothing else (a typo must not read as false). */
export const envFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Comma-separated IP addresses and CIDR ranges (`127.0.0.0/8,::1`); empty for none. */
export const addressRanges = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], { error: 'must be an IP address or a CIDR range' })));

export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export const listenPort = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** Loopback by default: in the local stack NGINX is the only way in. A container sets 0.0.0.0. */
export const listenHost = z.union([z.ipv4(), z.ipv6()], { error: 'must be an IP address to listen on' }).default('127.0.0.1');

/** REDIS_URL: a `redis://` / `rediss://` URL, or a Sentinel set `redis+sentinel://[:password@]host:port,…/<master name>[?db=N]` (deps/redis-options.ts). */
export const redisLocation = z.string().superRefine((value, ctx) => {
  if (!isSentinelLocation(value)) {
    if (!z.url().safeParse(value).success) ctx.addIssue({ code: 'custom', message: 'must be a redis:// URL or a redis+sentinel:// set of sentinels' });
    return;
  }
  try {
    parseRedisLocation(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

/** Parses the environment with a service's schema, or throws listing every bad variable. */
export function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`invalid configuration:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** For main.ts: the config, or the list of what is wrong on stderr and exit 1 (before any logger exists). */
export function loadConfig<C>(parse: (env: NodeJS.ProcessEnv) => C, env: NodeJS.ProcessEnv = process.env): C {
  try {
    return parse(env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** What every service behind NGINX with Postgres and Redis reads (the README's configuration table). */
export const serviceEnv = (defaultPort: number) =>
  z.object({
    PORT: listenPort(defaultPort),
    HOST: listenHost,
    DATABASE_URL: z.url(),
    REDIS_URL: redisLocation,
    LOG_LEVEL: logLevel.default('info'),
    PUBLIC_ORIGIN: z.url().default('http://localhost:8080'),
    TRUST_PROXY: envFlag.default(false),
    /** With TRUST_PROXY, X-Real-IP is believed only on connections from these (NGINX's) addresses. */
    TRUSTED_PROXIES: addressRanges.default(['127.0.0.0/8', '::1']),
  });

/** The parsed `serviceEnv` as the config's top-level members. */
export function serviceConfig(e: z.infer<ReturnType<typeof serviceEnv>>) {
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    publicOrigin: new URL(e.PUBLIC_ORIGIN).origin,
    trustProxy: e.TRUST_PROXY,
    trustedProxies: Object.freeze([...e.TRUSTED_PROXIES]),
  };
}
