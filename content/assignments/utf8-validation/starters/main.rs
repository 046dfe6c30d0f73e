use std::fmt::Write as _;
use std::io::{Read, Write};

/// The code points if `bytes` is well-formed UTF-8, otherwise Err with the offset where the first
/// character that is not well-formed starts.
fn solve(bytes: &[u8]) -> Result<Vec<u32>, usize> {
    // TODO
    let _ = bytes;
    Err(0)
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for _ in 0..n {
        let hex = tokens.next().unwrap().as_bytes();
        let bytes: Vec<u8> = hex
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
            .collect();
        match solve(&bytes) {
            Err(offset) => writeln!(out, "INVALID {}", offset).unwrap(),
            Ok(points) => {
                for (k, point) in points.iter().enumerate() {
                    write!(out, "{}U+{:04X}", if k > 0 { " " } else { "" }, point).unwrap();
                }
                out.push('\n');
            }
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
