use std::io::{Read, Write};

/// Returns the decoded (name, value) pairs grouped by name, or Err with the position of the
/// first invalid escape.
fn solve(query: &[u8]) -> Result<Vec<(Vec<u8>, Vec<u8>)>, usize> {
    // TODO
    let _ = query;
    Ok(Vec::new())
}

fn main() {
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input).unwrap();
    let mut lines = input.split(|&c| c == b'\n');
    let q: usize = std::str::from_utf8(lines.next().unwrap()).unwrap().trim().parse().unwrap();
    let mut out = Vec::new();
    for line in lines.take(q) {
        match solve(line.trim_ascii()) {
            Err(invalid_at) => writeln!(out, "INVALID {}", invalid_at).unwrap(),
            Ok(pairs) => {
                writeln!(out, "{}", pairs.len()).unwrap();
                for (name, value) in pairs {
                    out.extend_from_slice(&name);
                    out.push(b'=');
                    out.extend_from_slice(&value);
                    out.push(b'\n');
                }
            }
        }
    }
    std::io::stdout().write_all(&out).unwrap();
}
