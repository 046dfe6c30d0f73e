use std::fmt::Write as _;
use std::io::{Read, Write};

/// Returns, for every window of k samples, (its maximum, the leftmost index of it).
fn solve(values: &[i64], k: usize) -> Vec<(i64, usize)> {
    // TODO
    vec![(0, 0); values.len() - k + 1]
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let k: usize = tokens.next().unwrap().parse().unwrap();
    let values: Vec<i64> = tokens.take(n).map(|t| t.parse().unwrap()).collect();
    let mut out = String::new();
    for (max, index) in solve(&values, k) {
        writeln!(out, "{} {}", max, index).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
