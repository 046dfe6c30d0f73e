/**
 * n commands, half GET and half PUT, on keys drawn from 4c with a capacity c = n/8: hits,
 * misses and evictions all happen often, and a list scan per command costs c.
 */
export default function generate(n: number, random: () => number): string {
  const capacity = Math.max(1, Math.floor(n / 8));
  const key = () => Math.floor(random() * 4 * capacity) * 7919;
  const commands: string[] = [];
  for (let i = 0; i < n - 1; i++) {
    if (random() < 0.5) commands.push(`GET ${key()}`);
    else commands.push(`PUT ${key()} ${1 + Math.floor(random() * 999_999_998)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`);
  }
  commands.push(`GET ${key()}`);
  return `${capacity} ${n}\n${commands.join('\n')}\n`;
}
