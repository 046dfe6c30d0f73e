use std::fmt::Write as _;
use std::io::{Read, Write};

struct Row {
    endpoint: String,
    count: usize,
    p50: u64,
    p90: u64,
    p99: u64,
    max: u64,
}

/// One row per endpoint, in increasing order of its name, with nearest-rank percentiles.
fn solve(requests: &[(&str, u64)]) -> Vec<Row> {
    // TODO
    Vec::new()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let requests: Vec<(&str, u64)> = (0..n)
        .map(|_| (tokens.next().unwrap(), tokens.next().unwrap().parse().unwrap()))
        .collect();
    let mut out = String::new();
    for r in solve(&requests) {
        writeln!(out, "{} {} {} {} {} {}", r.endpoint, r.count, r.p50, r.p90, r.p99, r.max).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
