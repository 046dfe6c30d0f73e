import type { FunctionMetric, Language } from '@eduscale/contracts';

const FILES: Record<Language, string> = {
  python: 'main.py', javascript: 'main.js', typescript: 'main.ts', c: 'main.c', cpp: 'main.cpp', java: 'Main.java', go: 'main.go', rust: 'main.rs',
};
export const MAX_FUNCTIONS = 500;

/** lizard reads every language by the file's extension; -S -E -s: no site-packages, no environment. */
export const lizard = {
  tool: 'lizard',
  file: (language: Language) => FILES[language],
  argv: (file: string) => ['/usr/bin/python3', '-S', '-E', '-s', '-B', '/opt/python-tools/lizard.py', '--csv', file],
};

/**
 * lizard's CSV, one function a row: NLOC, CCN, tokens, parameters, length, location, file,
 * name, long name, start line, end line. NLOC (lines of code without comments and blanks) is
 * the contract's length.
 */
export function parseLizardCsv(csv: string, lineCount: number): FunctionMetric[] {
  const functions: FunctionMetric[] = [];
  for (const row of csvRows(csv)) {
    if (functions.length >= MAX_FUNCTIONS) break;
    const [nloc, ccn, , , , , , name, , start] = row;
    const length = Number(nloc);
    const cyclomatic = Number(ccn);
    const line = Number(start);
    if (!name || ![length, cyclomatic, line].every(Number.isSafeInteger) || length < 0 || cyclomatic < 1) continue;
    functions.push({ name: name.slice(0, 200), line: Math.min(Math.max(line, 1), Math.max(lineCount, 1)), length, cyclomatic });
  }
  return functions;
}

/** RFC 4180: fields in double quotes may hold commas and doubled quotes. */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  for (const line of csv.split('\n')) {
    if (!line.trim()) continue;
    const fields: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let value = '';
        i++;
        while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
          value += line[i];
          i += line[i] === '"' ? 2 : 1;
        }
        fields.push(value);
        i += 2;
      } else {
        const next = line.indexOf(',', i);
        const end = next === -1 ? line.length : next;
        fields.push(line.slice(i, end).trim());
        i = end + 1;
      }
    }
    rows.push(fields);
  }
  return rows;
}
