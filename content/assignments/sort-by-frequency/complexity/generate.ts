/**
 * About n/4 distinct values drawn with a skew (small ranks often, large ones rarely), so the
 * counts differ and both sort keys matter; the values are spread over the whole range.
 */
export default function generate(n: number, random: () => number): string {
  const distinct = Math.max(1, Math.floor(n / 4));
  const pool: number[] = [];
  for (let i = 0; i < distinct; i++) pool.push(Math.floor(random() * 2_000_000_001) - 1_000_000_000);
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(pool[Math.floor(random() * random() * distinct)] ?? 0);
  return `${n}\n${values.join(' ')}\n`;
}
