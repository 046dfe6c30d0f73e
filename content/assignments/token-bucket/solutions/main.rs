use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::str::SplitAsciiWhitespace;

fn number(tokens: &mut SplitAsciiWhitespace) -> u64 {
    tokens.next().unwrap().parse().unwrap()
}

/// Thousandths of a token held as of `last`, the time of the client's last request.
struct Bucket {
    held: u64,
    last: u64,
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let full = 1000 * number(&mut tokens);
    let rate = number(&mut tokens);
    let n = number(&mut tokens) as usize;
    let mut buckets: HashMap<&str, Bucket> = HashMap::with_capacity(n);
    let mut out = String::new();
    for _ in 0..n {
        let t = number(&mut tokens);
        let client = tokens.next().unwrap();
        let need = 1000 * number(&mut tokens);
        // A new client starts full at time 0, which is the same as full at its first request.
        let bucket = buckets.entry(client).or_insert(Bucket { held: full, last: t });
        let gap = t - bucket.last;
        // rate * gap can pass 2^64; a gap longer than full / rate fills the bucket anyway.
        let mut held = if gap > full / rate {
            full
        } else {
            full.min(bucket.held + rate * gap)
        };
        if held >= need {
            held -= need;
            writeln!(out, "ALLOW {}", held / 1000).unwrap();
        } else {
            writeln!(out, "DENY {}", (need - held).div_ceil(rate)).unwrap();
        }
        *bucket = Bucket { held, last: t };
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
