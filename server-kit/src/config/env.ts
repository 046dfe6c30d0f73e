import { z } from 'zod';

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
