/**
 * n requests to about √n endpoints with random latencies: sorting each endpoint's latencies is
 * n log n in all, a pass over every request per endpoint n·√n.
 */
export default function generate(n: number, random: () => number): string {
  const endpoints = Math.max(1, Math.round(Math.sqrt(n)));
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(`/api/v${Math.floor(random() * endpoints)} ${Math.floor(random() * 10_000_000)}`);
  }
  return `${n}\n${lines.join('\n')}\n`;
}
