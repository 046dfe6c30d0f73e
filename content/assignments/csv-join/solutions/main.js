const lines = require('fs').readFileSync(0, 'utf8').split('\n');

// Reads one RFC 4180 row: unquoted fields run to the next comma; quoted ones to the closing quote.
function parseRow(line) {
  const fields = [];
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

const toCsv = (value) => (/[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const [join, leftKey, rightKey] = lines[0].trim().split(' ');
const a = Number(lines[1]);
const left = lines.slice(2, 3 + a).map(parseRow);
const b = Number(lines[3 + a]);
const right = lines.slice(4 + a, 5 + a + b).map(parseRow);
const li = left[0].indexOf(leftKey);
const ri = right[0].indexOf(rightKey);
const withoutKey = (row) => row.filter((_, j) => j !== ri);

const rowsByKey = new Map();
for (const row of right.slice(1)) {
  if (!rowsByKey.has(row[ri])) rowsByKey.set(row[ri], []);
  rowsByKey.get(row[ri]).push(withoutKey(row));
}
const unmatched = join === 'LEFT' ? [withoutKey(right[0]).map(() => '')] : [];

const out = [[...left[0], ...withoutKey(right[0])].map(toCsv).join(',')];
for (const row of left.slice(1)) {
  for (const match of rowsByKey.get(row[li]) ?? unmatched) out.push([...row, ...match].map(toCsv).join(','));
}
process.stdout.write(out.join('\n') + '\n');
