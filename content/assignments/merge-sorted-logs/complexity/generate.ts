/**
 * n lines spread at random over k = n/16 streams, each stream's timestamps rising from a
 * common start: the heap holds k heads (n log k in all), scanning every head costs n·k.
 */
export default function generate(n: number, random: () => number): string {
  const k = Math.max(1, Math.floor(n / 16));
  const sizes = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const stream = Math.floor(random() * k);
    sizes[stream] = (sizes[stream] ?? 0) + 1;
  }
  const out: string[] = [String(k)];
  sizes.forEach((m, stream) => {
    out.push(String(m));
    let t = 170_000_000_000_000_000n;
    for (let j = 0; j < m; j++) {
      t += BigInt(Math.floor(random() * 1_000_000_000));
      out.push(`${t} s${stream}:${j}`);
    }
  });
  return `${out.join('\n')}\n`;
}
