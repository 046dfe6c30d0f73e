const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const q = Number(lines[0]);
// One character per element: changing the end of the text never copies the rest of it.
const text = [];
const undo = [];
const redo = [];

// A loop, not push(...chars): spreading a million characters would overflow the stack.
function pushAll(chars) {
  for (const c of chars) text.push(c);
}

// An edit is a TYPE that appended `chars` or a DELETE that removed them from the end.
function apply(e) {
  if (e.isType) pushAll(e.chars);
  else text.length -= e.chars.length;
}

function revert(e) {
  if (e.isType) text.length -= e.chars.length;
  else pushAll(e.chars);
}

const out = [];
for (let i = 1; i <= q; i++) {
  const [command, arg] = lines[i].trim().split(' ');
  if (command === 'TYPE' || command === 'DELETE') {
    const removed = Math.min(Number(arg), text.length);
    const e = command === 'TYPE' ? { isType: true, chars: arg } : { isType: false, chars: text.slice(text.length - removed).join('') };
    apply(e);
    undo.push(e);
    redo.length = 0;
  } else if (command === 'UNDO') {
    if (undo.length === 0) continue;
    const e = undo.pop();
    revert(e);
    redo.push(e);
  } else if (command === 'REDO') {
    if (redo.length === 0) continue;
    const e = redo.pop();
    apply(e);
    undo.push(e);
  } else {
    out.push(text.join('') + '\n');
  }
}
process.stdout.write(out.join(''));
