/**
 * n servers and n operations: first LINKs that chain servers 1–2, 2–3, … (a long chain for a
 * union without balancing), then random LINK, QUERY and COUNT mixed; near-constant each with
 * union by size and path compression.
 */
export default function generate(n: number, random: () => number): string {
  const server = () => 1 + Math.floor(random() * n);
  const ops: string[] = [];
  for (let a = 1; a < n && ops.length < Math.floor(n / 2); a++) ops.push(`LINK ${a} ${a + 1}`);
  while (ops.length < n - 1) {
    const roll = random();
    if (roll < 0.4) ops.push(`LINK ${server()} ${server()}`);
    else if (roll < 0.95) ops.push(`QUERY ${server()} ${server()}`);
    else ops.push('COUNT');
  }
  ops.push('COUNT');
  return `${n} ${ops.length}\n${ops.join('\n')}\n`;
}
