use std::fmt::Write as _;
use std::io::{Read, Write};

struct Session<'a> {
    user: &'a str,
    start: u64,
    end: u64,
    count: usize,
}

/// Every session, ordered by user, then start. Events are (t, user).
fn solve<'a>(events: &[(u64, &'a str)], gap: u64) -> Vec<Session<'a>> {
    // TODO
    Vec::new()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let gap: u64 = tokens.next().unwrap().parse().unwrap();
    let events: Vec<(u64, &str)> = (0..n)
        .map(|_| (tokens.next().unwrap().parse().unwrap(), tokens.next().unwrap()))
        .collect();
    let sessions = solve(&events, gap);
    let mut out = String::new();
    writeln!(out, "{}", sessions.len()).unwrap();
    for s in &sessions {
        writeln!(out, "{} {} {} {}", s.user, s.start, s.end, s.count).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
