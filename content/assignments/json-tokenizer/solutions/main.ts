import { readFileSync } from 'node:fs';

const PUNCTUATION = '{}[]:,';
const WHITESPACE = ' \t\n\r';
const SIMPLE_ESCAPES = new Map<string | undefined, number>([
  ['"', 0x22], ['\\', 0x5c], ['/', 0x2f], ['b', 0x08], ['f', 0x0c], ['n', 0x0a], ['r', 0x0d], ['t', 0x09],
]);
const LITERALS = new Map([['t', 'true'], ['f', 'false'], ['n', 'null']]);
const HEX_DIGIT = /[0-9a-fA-F]/;

class TokenError extends Error {
  constructor(position: number) {
    super(`ERROR ${position}`);
  }
}

function canonical(code: number): string {
  if (code === 0x22) return '\\"';
  if (code === 0x5c) return '\\\\';
  if (code >= 0x20 && code <= 0x7e) return String.fromCharCode(code);
  return '\\u' + code.toString(16).padStart(4, '0');
}

/** Cuts the text into the output lines of its tokens; throws TokenError where it goes wrong. */
function* tokens(text: string): Generator<string> {
  const n = text.length;
  const isDigit = (i: number) => i < n && text[i]! >= '0' && text[i]! <= '9';
  const skipDigits = (i: number) => {
    while (isDigit(i)) i++;
    return i;
  };
  // A number or literal must be followed by whitespace, punctuation or the end.
  const endOfWord = (i: number) => {
    if (i < n && !WHITESPACE.includes(text[i]!) && !PUNCTUATION.includes(text[i]!)) throw new TokenError(i);
    return i;
  };

  let pos = 0;
  for (;;) {
    while (pos < n && WHITESPACE.includes(text[pos]!)) pos++;
    if (pos === n) return;
    const c = text[pos]!;
    const word = LITERALS.get(c);
    if (PUNCTUATION.includes(c)) {
      yield c;
      pos++;
    } else if (word !== undefined) {
      for (let k = 0; k < word.length; k++) if (text[pos + k] !== word[k]) throw new TokenError(Math.min(pos + k, n));
      pos = endOfWord(pos + word.length);
      yield word;
    } else if (c === '-' || isDigit(pos)) {
      const start = pos;
      if (c === '-') pos++;
      if (text[pos] === '0') pos++;
      else if (isDigit(pos)) pos = skipDigits(pos);
      else throw new TokenError(pos);
      if (text[pos] === '.') {
        if (!isDigit(pos + 1)) throw new TokenError(pos + 1);
        pos = skipDigits(pos + 1);
      }
      if (text[pos] === 'e' || text[pos] === 'E') {
        pos++;
        if (text[pos] === '+' || text[pos] === '-') pos++;
        if (!isDigit(pos)) throw new TokenError(pos);
        pos = skipDigits(pos);
      }
      pos = endOfWord(pos);
      yield `NUMBER ${text.slice(start, pos)}`;
    } else if (c === '"') {
      const parts = ['"'];
      for (pos++; text[pos] !== '"'; ) {
        if (pos >= n) throw new TokenError(n);
        const ch = text[pos]!;
        if (ch === '\\') {
          const escape = text[pos + 1];
          const simple = SIMPLE_ESCAPES.get(escape);
          if (simple !== undefined) {
            parts.push(canonical(simple));
            pos += 2;
          } else if (escape === 'u') {
            for (let k = pos + 2; k < pos + 6; k++) if (k >= n || !HEX_DIGIT.test(text[k]!)) throw new TokenError(k);
            parts.push(canonical(parseInt(text.slice(pos + 2, pos + 6), 16)));
            pos += 6;
          } else {
            throw new TokenError(Math.min(pos + 1, n));
          }
        } else if (ch < ' ') {
          throw new TokenError(pos); // a raw tab or line break
        } else {
          parts.push(canonical(ch.charCodeAt(0)));
          pos++;
        }
      }
      pos++;
      parts.push('"');
      yield `STRING ${parts.join('')}`;
    } else {
      throw new TokenError(pos);
    }
  }
}

const out: string[] = [];
try {
  for (const line of tokens(readFileSync(0, 'latin1'))) out.push(line);
} catch (error) {
  if (!(error instanceof TokenError)) throw error;
  out.push(error.message);
}
process.stdout.write(out.join('\n') + '\n');
