/**
 * n events in random order from about √n users over a day, with a 30-minute gap: sessions
 * split often, sorting by (user, t) does the work, and scanning the input per user costs n·√n.
 */
export default function generate(n: number, random: () => number): string {
  const users = Math.max(1, Math.round(Math.sqrt(n)));
  const start = 1_700_000_000_000;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`${start + Math.floor(random() * 86_400_000)} user_${Math.floor(random() * users)}`);
  return `${n} 1800000\n${lines.join('\n')}\n`;
}
