use std::io::{Read, Write};

enum Command {
    Malloc(u64), // a size
    Free(u64),   // an address
}

/// Returns the lines to print: one answer per command, then the USED, FREE and FRAGMENTATION
/// lines.
fn solve(arena: u64, commands: &[Command]) -> Vec<String> {
    // TODO
    let _ = arena;
    let mut lines: Vec<String> = commands.iter().map(|_| "NULL".to_string()).collect();
    lines.extend(["USED 0 0", "FREE 0 0 0", "FRAGMENTATION 0"].map(String::from));
    lines
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let arena: u64 = tokens.next().unwrap().parse().unwrap();
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut commands = Vec::with_capacity(q);
    for _ in 0..q {
        let name = tokens.next().unwrap();
        let value: u64 = tokens.next().unwrap().parse().unwrap();
        commands.push(if name == "MALLOC" { Command::Malloc(value) } else { Command::Free(value) });
    }
    let mut out = String::new();
    for line in solve(arena, &commands) {
        out.push_str(&line);
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
