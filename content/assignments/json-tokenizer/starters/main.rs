use std::io::{Read, Write};

/// Returns the output line of every token before the first error, and the position of that
/// error if there is one.
fn solve(text: &[u8]) -> (Vec<String>, Option<usize>) {
    // TODO
    let _ = text;
    (Vec::new(), None)
}

fn main() {
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input).unwrap();
    let (lines, error) = solve(&input);
    let mut out = String::new();
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    if let Some(position) = error {
        out.push_str(&format!("ERROR {}\n", position));
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
