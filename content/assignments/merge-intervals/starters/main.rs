use std::fmt::Write as _;
use std::io::{Read, Write};

/// Returns the merged intervals (l, r) in increasing order of l.
fn solve(intervals: Vec<(u64, u64)>) -> Vec<(u64, u64)> {
    // TODO
    Vec::new()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let intervals: Vec<(u64, u64)> = (0..n).map(|_| (tokens.next().unwrap(), tokens.next().unwrap())).collect();
    let merged = solve(intervals);
    let mut out = String::new();
    writeln!(out, "{}", merged.len()).unwrap();
    for (l, r) in merged {
        writeln!(out, "{} {}", l, r).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
