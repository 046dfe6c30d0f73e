use std::fmt::Write as _;
use std::io::{Read, Write};

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let mut intervals: Vec<(u64, u64)> = (0..n)
        .map(|_| (tokens.next().unwrap(), tokens.next().unwrap()))
        .collect();
    intervals.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::with_capacity(n);
    for (l, r) in intervals {
        match merged.last_mut() {
            Some(last) if l <= last.1 => last.1 = last.1.max(r),
            _ => merged.push((l, r)),
        }
    }
    let mut out = String::new();
    writeln!(out, "{}", merged.len()).unwrap();
    for (l, r) in merged {
        writeln!(out, "{} {}", l, r).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
