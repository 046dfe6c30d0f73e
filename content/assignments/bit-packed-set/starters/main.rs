use std::io::{Read, Write};

enum Command {
    Add(usize),
    Remove(usize),
    Has(usize),
    Count(usize, usize),
    Next(usize),
}

/// Runs the commands on a set of integers in [0, 2^k); returns the answers of HAS ("YES"/"NO"),
/// COUNT and NEXT, in order.
fn solve(k: u32, commands: &[Command]) -> Vec<String> {
    // TODO
    let _ = k;
    commands
        .iter()
        .filter(|c| !matches!(c, Command::Add(_) | Command::Remove(_)))
        .map(|_| "NO".to_string())
        .collect()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let k: u32 = tokens.next().unwrap().parse().unwrap();
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut commands = Vec::with_capacity(q);
    for _ in 0..q {
        let name = tokens.next().unwrap();
        let x: usize = tokens.next().unwrap().parse().unwrap();
        commands.push(match name {
            "ADD" => Command::Add(x),
            "REMOVE" => Command::Remove(x),
            "HAS" => Command::Has(x),
            "COUNT" => Command::Count(x, tokens.next().unwrap().parse().unwrap()),
            _ => Command::Next(x),
        });
    }
    let mut out = String::new();
    for line in solve(k, &commands) {
        out.push_str(&line);
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
