use std::io::{Read, Write};

enum Command<'a> {
    Add { word: &'a str, count: u64 },
    Query { prefix: &'a str },
}

/// Returns, for every QUERY, its (at most three) terms, most popular first, ties alphabetical.
fn solve(commands: &[Command]) -> Vec<Vec<String>> {
    // TODO
    commands.iter().filter(|c| matches!(c, Command::Query { .. })).map(|_| Vec::new()).collect()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let q: usize = lines.next().unwrap().trim().parse().unwrap();
    let commands: Vec<Command> = lines
        .take(q)
        .map(|line| {
            let mut parts = line.split_ascii_whitespace();
            match (parts.next().unwrap(), parts.next().unwrap()) {
                ("ADD", word) => Command::Add { word, count: parts.next().unwrap().parse().unwrap() },
                (_, prefix) => Command::Query { prefix },
            }
        })
        .collect();
    let mut out = String::new();
    for terms in solve(&commands) {
        if terms.is_empty() {
            out.push('-');
        } else {
            out.push_str(&terms.join(" "));
        }
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
