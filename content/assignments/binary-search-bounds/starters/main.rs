use std::fmt::Write as _;
use std::io::{Read, Write};

enum Query {
    Count { lo: i64, hi: i64 },
    First { x: i64 },
}

/// Returns one answer per query: the count in [lo, hi], or the first index with a value >= x
/// (-1 if none).
fn solve(values: &[i64], queries: &[Query]) -> Vec<i64> {
    // TODO
    vec![0; queries.len()]
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let mut next = || tokens.next().unwrap();
    let n: usize = next().parse().unwrap();
    let q: usize = next().parse().unwrap();
    let values: Vec<i64> = (0..n).map(|_| next().parse().unwrap()).collect();
    let queries: Vec<Query> = (0..q)
        .map(|_| match next() {
            "COUNT" => Query::Count { lo: next().parse().unwrap(), hi: next().parse().unwrap() },
            _ => Query::First { x: next().parse().unwrap() },
        })
        .collect();
    let mut out = String::new();
    for answer in solve(&values, &queries) {
        writeln!(out, "{}", answer).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
