/**
 * A rising trend with noise wider than a step: the longest increasing subsequence grows with n
 * (about n/5), so the table of tails is long and every binary search over it is deep.
 */
export default function generate(n: number, random: () => number): string {
  const prices: number[] = [];
  for (let i = 0; i < n; i++) prices.push(i * 1000 + Math.floor(random() * 10_000) - 500_000_000);
  return `${n}\n${prices.join(' ')}\n`;
}
