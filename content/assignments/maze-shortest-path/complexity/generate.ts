/**
 * A square grid of n cells with 25 % walls at random, S in the top-left corner and T in the
 * bottom-right one: the open cells percolate, so the search crosses most of the grid.
 */
export default function generate(n: number, random: () => number): string {
  const side = Math.round(Math.sqrt(n));
  if (side * side !== n) throw new Error(`${n} cells do not make a square grid`);
  const rows: string[] = [];
  for (let r = 0; r < side; r++) {
    let row = '';
    for (let c = 0; c < side; c++) {
      if (r === 0 && c === 0) row += 'S';
      else if (r === side - 1 && c === side - 1) row += 'T';
      else row += random() < 0.25 ? '#' : '.';
    }
    rows.push(row);
  }
  return `${side} ${side}\n${rows.join('\n')}\n`;
}
