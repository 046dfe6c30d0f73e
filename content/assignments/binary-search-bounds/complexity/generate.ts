/**
 * n sorted timestamps near 10^18 with runs of duplicates, then n queries, half COUNT and half
 * FIRST, at random points inside and around the range: each costs a binary search (log n),
 * a scan costs n.
 */
export default function generate(n: number, random: () => number): string {
  const base = 1_000_000_000_000n;
  const stamps: bigint[] = [];
  let t = base;
  for (let i = 0; i < n; i++) {
    if (random() < 0.8) t += BigInt(1 + Math.floor(random() * 1_000_000));
    stamps.push(t);
  }
  const span = Number(t - base) + 2_000_000;
  const point = () => base - 1_000_000n + BigInt(Math.floor(random() * span));
  const queries: string[] = [];
  for (let i = 0; i < n; i++) {
    if (random() < 0.5) {
      const lo = point();
      queries.push(`COUNT ${lo} ${lo + BigInt(Math.floor(random() * span * 0.1))}`);
    } else {
      queries.push(`FIRST ${point()}`);
    }
  }
  return `${n} ${n}\n${stamps.join(' ')}\n${queries.join('\n')}\n`;
}
