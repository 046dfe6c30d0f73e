import { readFileSync } from 'node:fs';

const lines = readFileSync(0, 'utf8').split('\n');
const q = Number(lines[0]);
const commands = lines.slice(1, q + 1).map((line) => line.trim().split(' '));

// A trie in flat typed arrays (a Map per node would take several times the memory). A term is
// identified by the node where it ends; node 0 is the root, nobody's child, so child 0 = none.
let capacity = 1;
for (const [command, text = ''] of commands) if (command === 'ADD') capacity += text.length;
const child = new Int32Array(26 * capacity);
const top = new Int32Array(3 * capacity); // the best terms below each node, best first
const topCount = new Uint8Array(capacity);
const popularity = new Float64Array(capacity); // exact: totals stay below 2^53
const term: string[] = new Array<string>(capacity);
let nodeCount = 1;

const better = (a: number, b: number): boolean =>
  popularity[a]! > popularity[b]! || (popularity[a] === popularity[b] && term[a]! < term[b]!);

// `t` just gained popularity: it can only move up in, or enter, this node's best three.
function updateTop(node: number, t: number): void {
  const base = 3 * node;
  let kept = 0;
  for (let j = 0; j < topCount[node]!; j++) if (top[base + j] !== t) top[base + kept++] = top[base + j]!;
  let at = kept;
  while (at > 0 && better(t, top[base + at - 1]!)) at--;
  if (at < 3) {
    for (let j = Math.min(kept, 2); j > at; j--) top[base + j] = top[base + j - 1]!;
    top[base + at] = t;
    kept = Math.min(kept + 1, 3);
  }
  topCount[node] = kept;
}

const out: string[] = [];
for (const [command, text = '', count] of commands) {
  if (command === 'ADD') {
    const path = [0];
    let at = 0;
    for (let j = 0; j < text.length; j++) {
      const slot = 26 * at + text.charCodeAt(j) - 97;
      if (child[slot] === 0) child[slot] = nodeCount++;
      at = child[slot]!;
      path.push(at);
    }
    term[at] = text;
    popularity[at] = popularity[at]! + Number(count);
    for (const node of path) updateTop(node, at);
  } else {
    let at = 0;
    for (let j = 0; j < text.length; j++) {
      at = child[26 * at + text.charCodeAt(j) - 97]!;
      if (at === 0) break;
    }
    if (at === 0 || topCount[at] === 0) out.push('-');
    else out.push(Array.from(top.subarray(3 * at, 3 * at + topCount[at]!), (t) => term[t]).join(' '));
  }
}
process.stdout.write(out.map((line) => line + '\n').join(''));
