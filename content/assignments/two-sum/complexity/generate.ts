/**
 * Distinct-enough prices below 10^9 and a target of 2·10^9 that only the last two (both 10^9)
 * reach: every solution reads the whole shelf, and checking pairs meets all n²/2 of them.
 */
export default function generate(n: number, random: () => number): string {
  const prices: number[] = [];
  for (let i = 0; i < n - 2; i++) prices.push(Math.floor(random() * 1_000_000_000));
  prices.push(1_000_000_000, 1_000_000_000);
  return `${n} 2000000000\n${prices.join(' ')}\n`;
}
