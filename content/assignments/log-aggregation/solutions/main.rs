use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{Read, Write};

#[derive(Default)]
struct Summary {
    requests: i64,
    errors: i64,
    max_latency: i64,
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let number = |t: Option<&str>| t.unwrap().parse::<i64>().unwrap();
    let n = number(tokens.next()) as usize;
    let (lo, hi) = (number(tokens.next()), number(tokens.next()));
    let mut by_service: HashMap<&str, Summary> = HashMap::new();
    for _ in 0..n {
        let t = number(tokens.next());
        let service = tokens.next().unwrap();
        let (status, latency) = (number(tokens.next()), number(tokens.next()));
        if t < lo || t > hi {
            continue;
        }
        let s = by_service.entry(service).or_default();
        s.requests += 1;
        if status >= 500 {
            s.errors += 1;
        }
        s.max_latency = s.max_latency.max(latency);
    }
    let mut ranked: Vec<(&str, Summary)> = by_service.into_iter().collect();
    // Exact error rate, highest first (cross products, no division); then requests; then name.
    ranked.sort_unstable_by(|(name_a, a), (name_b, b)| {
        (b.errors * a.requests)
            .cmp(&(a.errors * b.requests))
            .then(b.requests.cmp(&a.requests))
            .then(name_a.cmp(name_b))
    });
    let mut out = String::new();
    writeln!(out, "{}", ranked.len()).unwrap();
    for (name, s) in &ranked {
        let basis_points = s.errors * 10000 / s.requests;
        writeln!(out, "{} {} {} {}.{:02} {}", name, s.requests, s.errors, basis_points / 100, basis_points % 100, s.max_latency).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
