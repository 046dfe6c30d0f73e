use std::io::{Read, Write};

/// Each command is (name, argument); the argument is "" for UNDO, REDO and PRINT.
/// Returns the text printed by each PRINT.
fn solve(commands: &[(&str, &str)]) -> Vec<String> {
    // TODO
    commands.iter().filter(|(name, _)| *name == "PRINT").map(|_| String::new()).collect()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let q: usize = lines.next().unwrap().trim().parse().unwrap();
    let commands: Vec<(&str, &str)> = lines.take(q).map(|line| line.trim().split_once(' ').unwrap_or((line.trim(), ""))).collect();
    let mut out = String::new();
    for text in solve(&commands) {
        out.push_str(&text);
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
