import { readFileSync } from 'node:fs';

class TrieNode {
  children = new Map<string, TrieNode>(); // static segment -> child
  param: TrieNode | null = null; // one child for every parameter, whatever its name
  end = -1; // the first route that ends here
  wildcard = -1; // the first route whose wildcard starts here
}

const split = (path: string): string[] => (path === '/' ? [] : path.split('/').slice(1));

function insert(root: TrieNode, segments: string[], route: number): void {
  let node = root;
  for (const segment of segments) {
    if (segment.startsWith('*')) {
      if (node.wildcard < 0) node.wildcard = route;
      return;
    }
    if (segment.startsWith(':')) {
      node.param ??= new TrieNode();
      node = node.param;
    } else {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = new TrieNode()));
      node = child;
    }
  }
  if (node.end < 0) node.end = route;
}

// The best route for path[i..] below node: static first, then parameter, then wildcard.
function match(node: TrieNode, path: string[], i: number): number {
  if (i === path.length) return node.end;
  const child = node.children.get(path[i]!);
  if (child) {
    const found = match(child, path, i + 1);
    if (found >= 0) return found;
  }
  if (node.param) {
    const found = match(node.param, path, i + 1);
    if (found >= 0) return found;
  }
  return node.wildcard;
}

const lines = readFileSync(0, 'utf8').split('\n');
const n = Number(lines[0]);
const patterns = lines.slice(1, n + 1).map((line) => line.trim());
const routeSegments = patterns.map(split);
const root = new TrieNode();
routeSegments.forEach((segments, route) => insert(root, segments, route));
const m = Number(lines[n + 1]);
const out: string[] = [];
for (let k = 0; k < m; k++) {
  const path = split((lines[n + 2 + k] ?? '').trim());
  const route = match(root, path, 0);
  if (route < 0) {
    out.push('404');
    continue;
  }
  const parts = [patterns[route]!];
  routeSegments[route]!.forEach((segment, i) => {
    if (segment.startsWith(':')) parts.push(`${segment.slice(1)}=${path[i]}`);
    else if (segment.startsWith('*')) parts.push(`${segment.slice(1)}=${path.slice(i).join('/')}`);
  });
  out.push(parts.join(' '));
}
process.stdout.write(out.join('\n') + '\n');
