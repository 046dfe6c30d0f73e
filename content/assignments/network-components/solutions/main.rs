use std::fmt::Write as _;
use std::io::{Read, Write};

struct DisjointSets {
    parent: Vec<u32>,
    size: Vec<u32>,
    components: usize,
}

impl DisjointSets {
    fn new(n: usize) -> Self {
        DisjointSets { parent: (0..=n as u32).collect(), size: vec![1; n + 1], components: n }
    }

    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grandparent = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grandparent; // path halving
            x = grandparent;
        }
        x
    }

    fn unite(&mut self, a: u32, b: u32) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a as usize] < self.size[b as usize] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b as usize] = a; // the smaller tree goes under the larger
        self.size[a as usize] += self.size[b as usize];
        self.components -= 1;
    }
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut sets = DisjointSets::new(n);
    let mut out = String::new();
    for _ in 0..q {
        let op = tokens.next().unwrap();
        if op == "COUNT" {
            writeln!(out, "{}", sets.components).unwrap();
            continue;
        }
        let a: u32 = tokens.next().unwrap().parse().unwrap();
        let b: u32 = tokens.next().unwrap().parse().unwrap();
        if op == "QUERY" {
            out.push_str(if sets.find(a) == sets.find(b) { "YES\n" } else { "NO\n" });
        } else {
            sets.unite(a, b);
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
