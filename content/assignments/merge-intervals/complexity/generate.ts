/**
 * Intervals in random order, on average as long as the gap between their starts: chains of
 * overlaps and gaps alternate, so sorting does the work and the merged list stays long.
 */
export default function generate(n: number, random: () => number): string {
  const span = 1_000_000_000;
  const gap = Math.floor(span / n);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const l = Math.floor(random() * (span - 2 * gap));
    lines.push(`${l} ${l + Math.floor(random() * 2 * gap)}`);
  }
  return `${n}\n${lines.join('\n')}\n`;
}
