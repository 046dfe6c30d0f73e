use std::io::{Read, Write};

enum Command {
    Get(u64),
    Put(u64, u64),
}

/// Returns the lines to print: each GET's value or "-1", and "EVICT key" for each eviction.
fn solve(capacity: usize, commands: &[Command]) -> Vec<String> {
    // TODO
    let _ = capacity;
    commands
        .iter()
        .filter(|c| matches!(c, Command::Get(_)))
        .map(|_| "-1".to_string())
        .collect()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let capacity: usize = tokens.next().unwrap().parse().unwrap();
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut commands = Vec::with_capacity(q);
    for _ in 0..q {
        let name = tokens.next().unwrap();
        let key: u64 = tokens.next().unwrap().parse().unwrap();
        commands.push(match name {
            "GET" => Command::Get(key),
            _ => Command::Put(key, tokens.next().unwrap().parse().unwrap()),
        });
    }
    let mut out = String::new();
    for line in solve(capacity, &commands) {
        out.push_str(&line);
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
