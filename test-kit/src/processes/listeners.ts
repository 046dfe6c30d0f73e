/** Which local addresses listen on a TCP port, read from the kernel's socket tables (Linux). */
import { readFileSync } from 'node:fs';

const LISTEN = '0A';

/** `/proc/net/tcp{,6}` spell an address as hex words in host byte order (little-endian here). */
function decode(hex: string): string {
  const bytes = (word: string) => (word.match(/../g) ?? []).map((b) => parseInt(b, 16)).reverse();
  if (hex.length === 8) return bytes(hex).join('.');
  const words = (hex.match(/.{8}/g) ?? []).flatMap(bytes);
  const groups = Array.from({ length: 8 }, (_, i) => (((words[2 * i] ?? 0) << 8) | (words[2 * i + 1] ?? 0)).toString(16));
  const text = groups.join(':');
  if (text === '0:0:0:0:0:0:0:0') return '::';
  if (text === '0:0:0:0:0:0:0:1') return '::1';
  if (text.startsWith('0:0:0:0:0:ffff:')) return `::ffff:${words.slice(12).join('.')}`;
  return text;
}

export function listeningAddresses(port: number): string[] {
  const found = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local = '', , state] = line.trim().split(/\s+/);
      const [address = '', portHex = ''] = local.split(':');
      if (state === LISTEN && parseInt(portHex, 16) === port) found.add(decode(address));
    }
  }
  return [...found];
}
