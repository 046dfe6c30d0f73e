/**
 * n courses ranked in a hidden random order and 2n rules, each from a course to a later-ranked
 * one: there is no cycle, many courses are available at once, and the min-heap stays busy.
 */
export default function generate(n: number, random: () => number): string {
  const rank: number[] = [];
  for (let i = 1; i <= n; i++) rank.push(i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rank[i], rank[j]] = [rank[j] ?? 0, rank[i] ?? 0];
  }
  const rules: string[] = [];
  while (n > 1 && rules.length < 2 * n) {
    const x = Math.floor(random() * n);
    const y = Math.floor(random() * n);
    if (x !== y) rules.push(`${rank[Math.min(x, y)]} ${rank[Math.max(x, y)]}`);
  }
  return `${n} ${rules.length}\n${rules.join('\n')}${rules.length > 0 ? '\n' : ''}`;
}
