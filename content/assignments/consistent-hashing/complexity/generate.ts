/**
 * n tracked keys and n commands with 4 points per node: a tenth ADD, a twentieth REMOVE (so
 * the ring grows to about n/5 points, within the 2·10^4 limit), the rest LOOKUP. Each command
 * is a binary search or a few; recomputing every key's owner per change costs n² / 10.
 */
export default function generate(n: number, random: () => number): string {
  const keys: string[] = [];
  for (let i = 0; i < n; i++) keys.push(`user:${i}#${Math.floor(random() * 1000)}`);
  const nodes = Math.max(2, Math.floor(n / 10));
  const node = () => `cache-${Math.floor(random() * nodes)}.local`;
  const commands: string[] = [];
  for (let i = 0; i < n; i++) {
    const roll = random();
    if (roll < 0.1) commands.push(`ADD ${node()}`);
    else if (roll < 0.15) commands.push(`REMOVE ${node()}`);
    else commands.push(`LOOKUP ${random() < 0.5 ? (keys[Math.floor(random() * n)] ?? 'x') : `sess-${Math.floor(random() * 1e9)}`}`);
  }
  return `4 ${n} ${n}\n${keys.join('\n')}\n${commands.join('\n')}\n`;
}
