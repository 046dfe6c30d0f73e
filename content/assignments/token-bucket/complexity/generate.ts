/**
 * n requests a few milliseconds apart from about 2·√n clients, costs up to a third of a small
 * bucket: both ALLOW and DENY happen, and refilling every client on every request costs n·√n.
 */
export default function generate(n: number, random: () => number): string {
  const clients = Math.max(1, Math.round(2 * Math.sqrt(n)));
  const capacity = 12;
  let t = 1_000_000;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    t += Math.floor(random() * 4);
    lines.push(`${t} client-${Math.floor(random() * clients)} ${1 + Math.floor(random() * 4)}`);
  }
  return `${capacity} 2 ${n}\n${lines.join('\n')}\n`;
}
