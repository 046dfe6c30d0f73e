/**
 * A falling trend with noise and a window a quarter of the input wide: the maximum keeps
 * leaving the window, so rescanning each window (or only when its maximum leaves) costs n·k,
 * while the deque touches each index twice.
 */
export default function generate(n: number, random: () => number): string {
  const k = Math.max(1, Math.floor(n / 4));
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(500_000_000 - i * 1000 + Math.floor(random() * 3000));
  return `${n} ${k}\n${values.join(' ')}\n`;
}
