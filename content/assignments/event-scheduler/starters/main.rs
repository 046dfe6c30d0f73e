use std::io::{Read, Write};
use std::str::SplitAsciiWhitespace;

enum Command {
    Schedule { id: u64, at: u64 },
    Every { id: u64, at: u64, period: u64 },
    Cancel { id: u64 },
    Advance { t: u64 },
}

/// Returns the lines to print: "time id" for every event fired, then "PENDING k".
fn solve(commands: &[Command]) -> Vec<String> {
    // TODO
    let _ = commands;
    vec!["PENDING 0".to_string()]
}

fn number(tokens: &mut SplitAsciiWhitespace) -> u64 {
    tokens.next().unwrap().parse().unwrap()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let q = number(&mut tokens) as usize;
    let mut commands = Vec::with_capacity(q);
    for _ in 0..q {
        commands.push(match tokens.next().unwrap() {
            "SCHEDULE" => Command::Schedule { id: number(&mut tokens), at: number(&mut tokens) },
            "EVERY" => Command::Every { id: number(&mut tokens), at: number(&mut tokens), period: number(&mut tokens) },
            "CANCEL" => Command::Cancel { id: number(&mut tokens) },
            _ => Command::Advance { t: number(&mut tokens) },
        });
    }
    let mut out = String::new();
    for line in solve(&commands) {
        out.push_str(&line);
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
