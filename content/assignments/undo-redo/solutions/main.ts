import { readFileSync } from 'node:fs';

/** A TYPE that appended `chars`, or a DELETE that removed them from the end. */
interface Edit {
  isType: boolean;
  chars: string;
}

const lines = readFileSync(0, 'utf8').split('\n');
const q = Number(lines[0]);
// One character per element: changing the end of the text never copies the rest of it.
const text: string[] = [];
const undo: Edit[] = [];
const redo: Edit[] = [];

// A loop, not push(...chars): spreading a million characters would overflow the stack.
function pushAll(chars: string): void {
  for (const c of chars) text.push(c);
}

function apply(e: Edit): void {
  if (e.isType) pushAll(e.chars);
  else text.length -= e.chars.length;
}

function revert(e: Edit): void {
  if (e.isType) text.length -= e.chars.length;
  else pushAll(e.chars);
}

const out: string[] = [];
for (let i = 1; i <= q; i++) {
  const [command, arg = ''] = (lines[i] ?? '').trim().split(' ');
  if (command === 'TYPE' || command === 'DELETE') {
    const removed = Math.min(Number(arg), text.length);
    const e = command === 'TYPE' ? { isType: true, chars: arg } : { isType: false, chars: text.slice(text.length - removed).join('') };
    apply(e);
    undo.push(e);
    redo.length = 0;
  } else if (command === 'UNDO') {
    const e = undo.pop();
    if (!e) continue;
    revert(e);
    redo.push(e);
  } else if (command === 'REDO') {
    const e = redo.pop();
    if (!e) continue;
    apply(e);
    undo.push(e);
  } else {
    out.push(text.join('') + '\n');
  }
}
process.stdout.write(out.join(''));
