use std::io::{Read, Write};

/// The value of the expression in decimal, or "OVERFLOW", or "DIVISION BY ZERO".
fn solve(expression: &str) -> String {
    // TODO
    let _ = expression;
    "0".to_string()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let n: usize = lines.next().unwrap().trim().parse().unwrap();
    let mut out = String::new();
    for line in lines.take(n) {
        out.push_str(&solve(line));
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
