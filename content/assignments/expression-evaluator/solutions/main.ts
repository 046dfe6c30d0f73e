import { readFileSync } from 'node:fs';

const lines = readFileSync(0, 'utf8').split('\n');

const LOWEST = -(2n ** 63n);
const HIGHEST = 2n ** 63n - 1n;

// Thrown by the first step that fails; answer is the line to print.
class Failure extends Error {
  readonly answer: string;

  constructor(answer: string) {
    super(answer);
    this.answer = answer;
  }
}

// BigInts are exact, so every result is checked against the 64-bit range.
function fits(value: bigint): bigint {
  if (value < LOWEST || value > HIGHEST) throw new Failure('OVERFLOW');
  return value;
}

// Recursive descent that evaluates as it parses, left operand first.
function evaluate(text: string): bigint {
  const tokens = text.match(/\d+|\S/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];

  function expression(): bigint {
    let value = term();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[pos++];
      const right = term();
      value = fits(op === '+' ? value + right : value - right);
    }
    return value;
  }

  function term(): bigint {
    let value = unary();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = tokens[pos++];
      const right = unary();
      if (op !== '*' && right === 0n) throw new Failure('DIVISION BY ZERO');
      // BigInt division truncates toward zero and % takes the sign of the dividend, as required.
      value = fits(op === '*' ? value * right : op === '/' ? value / right : value % right);
    }
    return value;
  }

  function unary(): bigint {
    if (peek() !== '-') return primary();
    pos++;
    return fits(-unary());
  }

  function primary(): bigint {
    if (tokens[pos++] === '(') {
      const value = expression();
      pos++; // the closing parenthesis
      return value;
    }
    return fits(BigInt(tokens[pos - 1]!));
  }

  return expression();
}

const n = Number(lines[0]);
const out: string[] = [];
for (let i = 1; i <= n; i++) {
  try {
    out.push(String(evaluate(lines[i] ?? '')));
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    out.push(error.answer);
  }
}
process.stdout.write(out.join('\n') + '\n');
