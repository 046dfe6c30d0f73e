use std::fmt::Write as _;
use std::io::{Read, Write};

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let mut next = || tokens.next().unwrap();
    let n: usize = next().parse().unwrap();
    let q: usize = next().parse().unwrap();
    let values: Vec<i64> = (0..n).map(|_| next().parse().unwrap()).collect();
    let mut out = String::new();
    for _ in 0..q {
        // partition_point gives the lower bound (first value >= v) or the upper bound (first > v).
        if next() == "COUNT" {
            let lo: i64 = next().parse().unwrap();
            let hi: i64 = next().parse().unwrap();
            let count = values.partition_point(|&v| v <= hi) as i64 - values.partition_point(|&v| v < lo) as i64;
            writeln!(out, "{}", count.max(0)).unwrap();
        } else {
            let x: i64 = next().parse().unwrap();
            let first = values.partition_point(|&v| v < x);
            writeln!(out, "{}", if first < n { first as i64 } else { -1 }).unwrap();
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
