use std::fmt::Write as _;
use std::io::{Read, Write};

struct Session<'a> {
    user: &'a str,
    start: u64,
    end: u64,
    count: usize,
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let gap: u64 = tokens.next().unwrap().parse().unwrap();
    let mut events: Vec<(&str, u64)> = (0..n)
        .map(|_| {
            let t = tokens.next().unwrap().parse().unwrap();
            (tokens.next().unwrap(), t)
        })
        .collect();
    events.sort_unstable(); // by user (byte order), then time
    let mut sessions: Vec<Session> = Vec::new();
    for (user, t) in events {
        match sessions.last_mut() {
            // t - end cannot overflow (end <= t); end + gap could.
            Some(last) if last.user == user && t - last.end <= gap => {
                last.end = t;
                last.count += 1;
            }
            _ => sessions.push(Session { user, start: t, end: t, count: 1 }),
        }
    }
    let mut out = String::new();
    writeln!(out, "{}", sessions.len()).unwrap();
    for s in &sessions {
        writeln!(out, "{} {} {} {}", s.user, s.start, s.end, s.count).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
