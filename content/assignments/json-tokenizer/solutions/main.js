const text = require('fs').readFileSync(0, 'latin1');
const n = text.length;
const PUNCTUATION = '{}[]:,';
const WHITESPACE = ' \t\n\r';
const SIMPLE_ESCAPES = new Map([['"', 0x22], ['\\', 0x5c], ['/', 0x2f], ['b', 0x08], ['f', 0x0c], ['n', 0x0a], ['r', 0x0d], ['t', 0x09]]);
const LITERALS = { t: 'true', f: 'false', n: 'null' };
const HEX_DIGIT = /[0-9a-fA-F]/;

class TokenError extends Error {
  constructor(position) {
    super(`ERROR ${position}`);
  }
}

const isDigit = (i) => i < n && text[i] >= '0' && text[i] <= '9';
const skipDigits = (i) => {
  while (isDigit(i)) i++;
  return i;
};

function canonical(code) {
  if (code === 0x22) return '\\"';
  if (code === 0x5c) return '\\\\';
  if (code >= 0x20 && code <= 0x7e) return String.fromCharCode(code);
  return '\\u' + code.toString(16).padStart(4, '0');
}

// A number or literal must be followed by whitespace, punctuation or the end.
function endOfWord(i) {
  if (i < n && !WHITESPACE.includes(text[i]) && !PUNCTUATION.includes(text[i])) throw new TokenError(i);
  return i;
}

function readNumber(start) {
  let i = start;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (isDigit(i)) i = skipDigits(i);
  else throw new TokenError(i);
  if (text[i] === '.') {
    if (!isDigit(i + 1)) throw new TokenError(i + 1);
    i = skipDigits(i + 1);
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(i)) throw new TokenError(i);
    i = skipDigits(i);
  }
  return [`NUMBER ${text.slice(start, i)}`, endOfWord(i)];
}

function readString(start) {
  const parts = ['"'];
  let i = start + 1;
  for (;;) {
    if (i >= n) throw new TokenError(n);
    const c = text[i];
    if (c === '"') break;
    if (c === '\\') {
      const escape = text[i + 1];
      if (SIMPLE_ESCAPES.has(escape)) {
        parts.push(canonical(SIMPLE_ESCAPES.get(escape)));
        i += 2;
      } else if (escape === 'u') {
        for (let k = i + 2; k < i + 6; k++) if (k >= n || !HEX_DIGIT.test(text[k])) throw new TokenError(k);
        parts.push(canonical(parseInt(text.slice(i + 2, i + 6), 16)));
        i += 6;
      } else {
        throw new TokenError(Math.min(i + 1, n));
      }
    } else if (c < ' ') {
      throw new TokenError(i); // a raw tab or line break
    } else {
      parts.push(canonical(c.charCodeAt(0)));
      i++;
    }
  }
  parts.push('"');
  return [`STRING ${parts.join('')}`, i + 1];
}

function readLiteral(start) {
  const word = LITERALS[text[start]];
  for (let k = 0; k < word.length; k++) if (text[start + k] !== word[k]) throw new TokenError(Math.min(start + k, n));
  return [word, endOfWord(start + word.length)];
}

const out = [];
try {
  let pos = 0;
  for (;;) {
    while (pos < n && WHITESPACE.includes(text[pos])) pos++;
    if (pos === n) break;
    const c = text[pos];
    let line;
    if (PUNCTUATION.includes(c)) [line, pos] = [c, pos + 1];
    else if (c in LITERALS) [line, pos] = readLiteral(pos);
    else if (c === '-' || isDigit(pos)) [line, pos] = readNumber(pos);
    else if (c === '"') [line, pos] = readString(pos);
    else throw new TokenError(pos);
    out.push(line);
  }
} catch (error) {
  if (!(error instanceof TokenError)) throw error;
  out.push(error.message);
}
process.stdout.write(out.join('\n') + '\n');
