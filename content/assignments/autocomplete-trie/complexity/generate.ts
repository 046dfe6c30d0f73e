/**
 * n commands, 60 % ADD of words of 3 to 10 letters over a small alphabet (long shared
 * prefixes; at most 6 letters per command on average, within the 3·10^5 limit) and 40 % QUERY
 * of a prefix of a word already added or of a random one. Each command costs its length.
 */
export default function generate(n: number, random: () => number): string {
  const word = () => {
    let w = '';
    const length = 3 + Math.floor(random() * 8);
    for (let i = 0; i < length; i++) w += 'abcdef'[Math.floor(random() * 6)];
    return w;
  };
  const added: string[] = [];
  const commands: string[] = [];
  for (let i = 0; i < n - 1; i++) {
    if (random() < 0.6) {
      const w = added.length > 0 && random() < 0.3 ? (added[Math.floor(random() * added.length)] ?? word()) : word();
      added.push(w);
      commands.push(`ADD ${w} ${1 + Math.floor(random() * 1000)}`);
    } else {
      const from = added.length > 0 && random() < 0.8 ? (added[Math.floor(random() * added.length)] ?? word()) : word();
      commands.push(`QUERY ${from.slice(0, 1 + Math.floor(random() * from.length))}`);
    }
  }
  commands.push('QUERY a');
  return `${n}\n${commands.join('\n')}\n`;
}
