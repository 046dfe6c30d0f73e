/**
 * A connected city of n junctions and m = 2n roads: a random tree (each junction joins an
 * earlier one) plus n random roads, with random lengths, so Dijkstra's heap sees about m
 * pushes and the distances change often.
 */
export default function generate(n: number, random: () => number): string {
  const junction = (below: number) => 1 + Math.floor(random() * below);
  const length = () => 1 + Math.floor(random() * 1_000_000);
  const roads: string[] = [];
  for (let v = 2; v <= n; v++) roads.push(`${junction(v - 1)} ${v} ${length()}`);
  while (roads.length < 2 * n) roads.push(`${junction(n)} ${junction(n)} ${length()}`);
  return `${n} ${roads.length}\n${roads.join('\n')}\n`;
}
