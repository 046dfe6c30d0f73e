use std::io::{Read, Write};

/// Returns the justified lines.
fn solve(width: usize, words: &[&str]) -> Vec<String> {
    // TODO
    vec![words.join(" ")]
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let width: usize = tokens.next().unwrap().parse().unwrap();
    let words: Vec<&str> = tokens.collect();
    let mut out = String::new();
    for line in solve(width, &words) {
        out.push_str(&line);
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
