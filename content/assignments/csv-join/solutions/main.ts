import { readFileSync } from 'node:fs';

type Row = string[];

// Reads one RFC 4180 row: unquoted fields run to the next comma; quoted ones to the closing quote.
function parseRow(line: string): Row {
  const fields: Row = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        value += line.slice(i, quote);
        i = quote + 1;
        if (line[i] !== '"') break;
        value += '"';
        i++;
      }
    } else {
      let comma = line.indexOf(',', i);
      if (comma < 0) comma = line.length;
      value = line.slice(i, comma);
      i = comma;
    }
    fields.push(value);
    if (i >= line.length) return fields;
    i++; // the comma
  }
}

const toCsv = (value: string): string => (/[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const lines = readFileSync(0, 'utf8').split('\n');
const [join, leftKey = '', rightKey = ''] = lines[0]!.trim().split(' ');
const a = Number(lines[1]);
const left = lines.slice(2, 3 + a).map(parseRow);
const b = Number(lines[3 + a]);
const right = lines.slice(4 + a, 5 + a + b).map(parseRow);
const [leftHeader, rightHeader] = [left[0]!, right[0]!];
const li = leftHeader.indexOf(leftKey);
const ri = rightHeader.indexOf(rightKey);
const withoutKey = (row: Row): Row => row.filter((_, j) => j !== ri);

const rowsByKey = new Map<string, Row[]>();
for (const row of right.slice(1)) {
  const key = row[ri]!;
  const rows = rowsByKey.get(key);
  if (rows) rows.push(withoutKey(row));
  else rowsByKey.set(key, [withoutKey(row)]);
}
const unmatched: Row[] = join === 'LEFT' ? [withoutKey(rightHeader).map(() => '')] : [];

const out = [[...leftHeader, ...withoutKey(rightHeader)].map(toCsv).join(',')];
for (const row of left.slice(1)) {
  for (const match of rowsByKey.get(row[li]!) ?? unmatched) out.push([...row, ...match].map(toCsv).join(','));
}
process.stdout.write(out.join('\n') + '\n');
