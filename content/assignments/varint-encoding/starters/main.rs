use std::io::{Read, Write};

/// The line to print for one command: the varint in hex for ENCODE and ENCODE_ZIGZAG, the values
/// separated by spaces (or INVALID) for DECODE and DECODE_ZIGZAG. `argument` is the number or the
/// hex stream as it was read.
fn solve(command: &str, argument: &str) -> String {
    // TODO
    let _ = (command, argument);
    String::from("INVALID")
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for _ in 0..q {
        let command = tokens.next().unwrap();
        let argument = tokens.next().unwrap();
        out += &solve(command, argument);
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
