/**
 * How an output question's answer is compared: line by line, ignoring whitespace at the ends of
 * lines and blank lines at the ends of the text (what a person typing an output cannot see), as
 * the catalogue's exact checker does for programs.
 */
export function normaliseOutput(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

export function outputMatches(given: string, expected: string): boolean {
  return normaliseOutput(given) === normaliseOutput(expected);
}
