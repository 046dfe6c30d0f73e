use std::fmt::Write as _;
use std::io::{Read, Write};

/// Every line as (t, stream number counting from 1, message), ordered by t, then stream
/// number, keeping each stream's own order.
fn solve<'a>(streams: &[Vec<(u64, &'a str)>]) -> Vec<(u64, usize, &'a str)> {
    // TODO
    Vec::new()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let k: usize = tokens.next().unwrap().parse().unwrap();
    let streams: Vec<Vec<(u64, &str)>> = (0..k)
        .map(|_| {
            let m: usize = tokens.next().unwrap().parse().unwrap();
            (0..m).map(|_| (tokens.next().unwrap().parse().unwrap(), tokens.next().unwrap())).collect()
        })
        .collect();
    let mut out = String::new();
    for (t, stream, message) in solve(&streams) {
        writeln!(out, "{} {} {}", t, stream, message).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
