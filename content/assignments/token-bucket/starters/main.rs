use std::fmt::Write as _;
use std::io::{Read, Write};

struct Request<'a> {
    t: u64,
    client: &'a str,
    cost: u64,
}

/// Allow(whole tokens left) or Deny(milliseconds to wait).
enum Decision {
    Allow(u64),
    Deny(u64),
}

fn solve(capacity: u64, rate: u64, requests: &[Request]) -> Vec<Decision> {
    // TODO
    let _ = (capacity, rate);
    requests.iter().map(|_| Decision::Allow(0)).collect()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let capacity: u64 = tokens.next().unwrap().parse().unwrap();
    let rate: u64 = tokens.next().unwrap().parse().unwrap();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let requests: Vec<Request> = (0..n)
        .map(|_| Request {
            t: tokens.next().unwrap().parse().unwrap(),
            client: tokens.next().unwrap(),
            cost: tokens.next().unwrap().parse().unwrap(),
        })
        .collect();
    let mut out = String::new();
    for decision in solve(capacity, rate, &requests) {
        match decision {
            Decision::Allow(left) => writeln!(out, "ALLOW {}", left).unwrap(),
            Decision::Deny(wait) => writeln!(out, "DENY {}", wait).unwrap(),
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
