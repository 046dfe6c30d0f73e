const lines = require('fs').readFileSync(0, 'utf8').split('\n');

class Node {
  children = new Map(); // static segment -> Node
  param = null; // one child for every parameter, whatever its name
  end = -1; // the first route that ends here
  wildcard = -1; // the first route whose wildcard starts here
}

const split = (path) => (path === '/' ? [] : path.split('/').slice(1));

function insert(root, segments, route) {
  let node = root;
  for (const segment of segments) {
    if (segment[0] === '*') {
      if (node.wildcard < 0) node.wildcard = route;
      return;
    }
    if (segment[0] === ':') {
      node.param ??= new Node();
      node = node.param;
    } else {
      if (!node.children.has(segment)) node.children.set(segment, new Node());
      node = node.children.get(segment);
    }
  }
  if (node.end < 0) node.end = route;
}

// The best route for path[i..] below node: static first, then parameter, then wildcard.
function match(node, path, i) {
  if (i === path.length) return node.end;
  const child = node.children.get(path[i]);
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

const n = Number(lines[0]);
const patterns = lines.slice(1, n + 1).map((line) => line.trim());
const routeSegments = patterns.map(split);
const root = new Node();
routeSegments.forEach((segments, route) => insert(root, segments, route));
const m = Number(lines[n + 1]);
const out = [];
for (let k = 0; k < m; k++) {
  const path = split(lines[n + 2 + k].trim());
  const route = match(root, path, 0);
  if (route < 0) {
    out.push('404');
    continue;
  }
  const parts = [patterns[route]];
  routeSegments[route].forEach((segment, i) => {
    if (segment[0] === ':') parts.push(`${segment.slice(1)}=${path[i]}`);
    else if (segment[0] === '*') parts.push(`${segment.slice(1)}=${path.slice(i).join('/')}`);
  });
  out.push(parts.join(' '));
}
process.stdout.write(out.join('\n') + '\n');
