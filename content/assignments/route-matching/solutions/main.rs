use std::collections::HashMap;
use std::io::{Read, Write};

#[derive(Default)]
struct Node<'a> {
    children: HashMap<&'a str, usize>, // static segment -> node index
    param: Option<usize>,              // one child for every parameter, whatever its name
    end: Option<usize>,                // the first route that ends here
    wildcard: Option<usize>,           // the first route whose wildcard starts here
}

fn split(path: &str) -> Vec<&str> {
    if path == "/" {
        Vec::new()
    } else {
        path[1..].split('/').collect()
    }
}

fn insert<'a>(trie: &mut Vec<Node<'a>>, segments: &[&'a str], route: usize) {
    let mut node = 0;
    for &segment in segments {
        if segment.starts_with('*') {
            trie[node].wildcard.get_or_insert(route);
            return;
        }
        let existing = if segment.starts_with(':') {
            trie[node].param
        } else {
            trie[node].children.get(segment).copied()
        };
        node = match existing {
            Some(next) => next,
            None => {
                trie.push(Node::default());
                let next = trie.len() - 1;
                if segment.starts_with(':') {
                    trie[node].param = Some(next);
                } else {
                    trie[node].children.insert(segment, next);
                }
                next
            }
        };
    }
    trie[node].end.get_or_insert(route);
}

/// The best route for path[i..] below node: static first, then parameter, then wildcard.
fn find(trie: &[Node], node: usize, path: &[&str], i: usize) -> Option<usize> {
    if i == path.len() {
        return trie[node].end;
    }
    let by_static = trie[node]
        .children
        .get(path[i])
        .and_then(|&child| find(trie, child, path, i + 1));
    by_static
        .or_else(|| trie[node].param.and_then(|child| find(trie, child, path, i + 1)))
        .or(trie[node].wildcard)
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines().map(str::trim);
    let n: usize = lines.next().unwrap().parse().unwrap();
    let patterns: Vec<&str> = lines.by_ref().take(n).collect();
    let route_segments: Vec<Vec<&str>> = patterns.iter().map(|p| split(p)).collect();
    let mut trie = vec![Node::default()];
    for (route, segments) in route_segments.iter().enumerate() {
        insert(&mut trie, segments, route);
    }
    let m: usize = lines.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for line in lines.take(m) {
        let path = split(line);
        let Some(route) = find(&trie, 0, &path, 0) else {
            out.push_str("404\n");
            continue;
        };
        out.push_str(patterns[route]);
        for (i, segment) in route_segments[route].iter().enumerate() {
            if let Some(name) = segment.strip_prefix(':') {
                out.push_str(&format!(" {}={}", name, path[i]));
            } else if let Some(name) = segment.strip_prefix('*') {
                out.push_str(&format!(" {}={}", name, path[i..].join("/")));
            }
        }
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
