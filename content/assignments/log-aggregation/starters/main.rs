use std::fmt::Write as _;
use std::io::{Read, Write};

struct Line<'a> {
    t: i64,
    service: &'a str,
    status: i64,
    latency: i64,
}

struct Summary {
    service: String,
    requests: i64,
    errors: i64,
    max_latency: i64,
}

/// A summary for every service with a line in [lo, hi], ranked by exact error rate (highest
/// first), then requests (more first), then name.
fn solve(lines: &[Line], lo: i64, hi: i64) -> Vec<Summary> {
    // TODO
    Vec::new()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let number = |t: Option<&str>| t.unwrap().parse::<i64>().unwrap();
    let n = number(tokens.next()) as usize;
    let (lo, hi) = (number(tokens.next()), number(tokens.next()));
    let mut lines = Vec::with_capacity(n);
    for _ in 0..n {
        let t = number(tokens.next());
        let service = tokens.next().unwrap();
        let (status, latency) = (number(tokens.next()), number(tokens.next()));
        lines.push(Line { t, service, status, latency });
    }
    let ranked = solve(&lines, lo, hi);
    let mut out = String::new();
    writeln!(out, "{}", ranked.len()).unwrap();
    for s in &ranked {
        let basis_points = s.errors * 10000 / s.requests;
        writeln!(out, "{} {} {} {}.{:02} {}", s.service, s.requests, s.errors, basis_points / 100, basis_points % 100, s.max_latency).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
