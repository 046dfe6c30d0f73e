import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { BlockList, isIP } from 'node:net';

export interface ProxyTrust {
  /** TRUST_PROXY: requests arrive through NGINX, which names the client in X-Real-IP. */
  enabled: boolean;
  /** TRUSTED_PROXIES: the addresses NGINX connects from; X-Real-IP from anyone else is the caller's own claim. */
  ranges: readonly string[];
}

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) is 127.0.0.1. */
const unmapped = (address: string) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address);

function blockList(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [address = '', bits] = range.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

/**
 * The client's address: what rate limits and lockouts count a request against, and what the
 * request log names. X-Real-IP is believed only when the TCP peer is a trusted proxy: a client
 * talking to a service directly would otherwise pick a fresh address for every attempt. Without a TCP peer at all (`app.request()`), the
 * request is 'unknown', and so is every other such request.
 */
export function clientAddressOf(trust: ProxyTrust): (c: Context) => string {
  const proxies = blockList(trust.ranges);
  const isProxy = (address: string) => proxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  return (c) => {
    const peer = peerAddress(c);
    if (!peer) return 'unknown';
    if (!trust.enabled || !isProxy(peer)) return peer;
    const named = unmapped(c.req.header('x-real-ip')?.trim() ?? '');
    return isIP(named) ? named : peer;
  };
}

function peerAddress(c: Context): string | undefined {
  try {
    const address = getConnInfo(c).remote.address;
    return address && isIP(address) ? unmapped(address) : undefined;
  } catch {
    return undefined; // no Node socket behind the request
  }
}
