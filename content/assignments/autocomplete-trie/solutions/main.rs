use std::cmp::Reverse;
use std::io::{Read, Write};

/// A trie node. A term is identified by the index of the node where it ends.
#[derive(Default)]
struct Node {
    child: [u32; 26],
    top: Vec<usize>, // the best (at most three) terms below this node, best first
    popularity: u64,
    term: String,
}

/// More popular first, then alphabetical.
fn better(nodes: &[Node], a: usize, b: usize) -> bool {
    (Reverse(nodes[a].popularity), &nodes[a].term) < (Reverse(nodes[b].popularity), &nodes[b].term)
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let q: usize = lines.next().unwrap().trim().parse().unwrap();
    let mut nodes: Vec<Node> = vec![Node::default()];
    let mut out = String::new();
    for line in lines.take(q) {
        let mut parts = line.split_ascii_whitespace();
        let command = parts.next().unwrap();
        let text = parts.next().unwrap();
        if command == "ADD" {
            let mut path = vec![0usize];
            for c in text.bytes() {
                let at = *path.last().unwrap();
                if nodes[at].child[(c - b'a') as usize] == 0 {
                    nodes[at].child[(c - b'a') as usize] = nodes.len() as u32;
                    nodes.push(Node::default());
                }
                path.push(nodes[at].child[(c - b'a') as usize] as usize);
            }
            let term = *path.last().unwrap();
            nodes[term].term = text.to_string();
            nodes[term].popularity += parts.next().unwrap().parse::<u64>().unwrap();
            // `term` just gained popularity: it can only move up in, or enter, each best three.
            for &node in &path {
                let mut top = std::mem::take(&mut nodes[node].top);
                top.retain(|&t| t != term);
                let at = top.iter().position(|&t| better(&nodes, term, t)).unwrap_or(top.len());
                top.insert(at, term);
                top.truncate(3);
                nodes[node].top = top;
            }
        } else {
            let mut at = 0usize;
            for c in text.bytes() {
                at = nodes[at].child[(c - b'a') as usize] as usize;
                if at == 0 {
                    break;
                }
            }
            if at == 0 || nodes[at].top.is_empty() {
                out.push_str("-\n");
                continue;
            }
            let terms: Vec<&str> = nodes[at].top.iter().map(|&t| nodes[t].term.as_str()).collect();
            out.push_str(&terms.join(" "));
            out.push('\n');
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
