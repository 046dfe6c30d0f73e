/** A square grid of n cells, 55 % land at random: many islands, some of them long and winding. */
export default function generate(n: number, random: () => number): string {
  const side = Math.round(Math.sqrt(n));
  if (side * side !== n) throw new Error(`${n} cells do not make a square grid`);
  const rows: string[] = [];
  for (let r = 0; r < side; r++) {
    let row = '';
    for (let c = 0; c < side; c++) row += random() < 0.55 ? '#' : '.';
    rows.push(row);
  }
  return `${side} ${side}\n${rows.join('\n')}\n`;
}
