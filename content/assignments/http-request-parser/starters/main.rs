use std::io::{Read, Write};

/// Parses the requests of one connection (`wanted` holds the lowercase header names to report)
/// and returns its output lines.
fn solve(wanted: &[String], stream: &[u8]) -> Vec<String> {
    // TODO
    let _ = (wanted, stream);
    Vec::new()
}

/// Cuts the first line off `rest` and returns it, trimmed.
fn next_line(rest: &mut &[u8]) -> String {
    let end = rest.iter().position(|&c| c == b'\n').unwrap();
    let line = std::str::from_utf8(&rest[..end]).unwrap().trim().to_string();
    *rest = &rest[end + 1..];
    line
}

fn main() {
    let mut data = Vec::new();
    std::io::stdin().read_to_end(&mut data).unwrap();
    let mut rest = &data[..];
    let wanted: Vec<String> = next_line(&mut rest).split_whitespace().skip(1).map(|name| name.to_ascii_lowercase()).collect();
    let connections: usize = next_line(&mut rest).parse().unwrap();
    let mut out = String::new();
    for _ in 0..connections {
        let size: usize = next_line(&mut rest).parse().unwrap();
        let (stream, after) = rest.split_at(size);
        for line in solve(&wanted, stream) {
            out.push_str(&line);
            out.push('\n');
        }
        rest = &after[1..]; // the line feed after the connection's bytes
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
