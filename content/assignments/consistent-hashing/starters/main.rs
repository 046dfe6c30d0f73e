use std::io::{Read, Write};

/// Commands are (command, argument). One line per command: for ADD and REMOVE the number of
/// tracked keys that moved, for LOOKUP the owner's name or NONE. Use u64 with wrapping_mul for
/// the hashes.
fn solve(v: usize, keys: &[&str], commands: &[(&str, &str)]) -> Vec<String> {
    // TODO
    Vec::new()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let mut number = || -> usize { tokens.next().unwrap().parse().unwrap() };
    let (v, k, q) = (number(), number(), number());
    let keys: Vec<&str> = (0..k).map(|_| tokens.next().unwrap()).collect();
    let commands: Vec<(&str, &str)> = (0..q).map(|_| (tokens.next().unwrap(), tokens.next().unwrap())).collect();
    let mut out = String::new();
    for line in solve(v, &keys, &commands) {
        out.push_str(&line);
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
