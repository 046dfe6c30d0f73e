/**
 * n unsorted log lines from about 2·√n services, 90 % of them inside the window: a hash map
 * keeps the pass linear, a list of the services seen so far costs n·√n.
 */
export default function generate(n: number, random: () => number): string {
  const services = Math.max(1, Math.round(2 * Math.sqrt(n)));
  const from = 1_700_000_000_000;
  const to = from + 900_000;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = from - 50_000 + Math.floor(random() * 1_000_000);
    const name = `svc-${Math.floor(random() * services).toString(36)}`;
    const status = random() < 0.1 ? 500 + Math.floor(random() * 100) : 200 + Math.floor(random() * 300);
    lines.push(`${t} ${name} ${status} ${Math.floor(random() * 1_000_000)}`);
  }
  return `${n} ${from} ${to}\n${lines.join('\n')}\n`;
}
