use std::collections::HashMap;
use std::io::{Read, Write};

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Position of the first '%' not followed by two hex digits.
fn first_bad_escape(s: &[u8]) -> Option<usize> {
    (0..s.len()).find(|&i| {
        s[i] == b'%' && !(i + 2 < s.len() && hex_value(s[i + 1]).is_some() && hex_value(s[i + 2]).is_some())
    })
}

fn decode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'%' => {
                out.push(hex_value(s[i + 1]).unwrap() * 16 + hex_value(s[i + 2]).unwrap());
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

fn main() {
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input).unwrap();
    let mut lines = input.split(|&c| c == b'\n');
    let q: usize = std::str::from_utf8(lines.next().unwrap()).unwrap().trim().parse().unwrap();
    let mut out = Vec::new();
    for line in lines.take(q) {
        let query = line.trim_ascii();
        if let Some(bad) = first_bad_escape(query) {
            writeln!(out, "INVALID {}", bad).unwrap();
            continue;
        }
        // Groups in order of first appearance; group_of maps a name to its index.
        let mut group_of: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut groups: Vec<(Vec<u8>, Vec<Vec<u8>>)> = Vec::new();
        let mut count = 0;
        for segment in query.split(|&c| c == b'&').filter(|s| !s.is_empty()) {
            let (name, value) = match segment.iter().position(|&c| c == b'=') {
                Some(eq) => (decode(&segment[..eq]), decode(&segment[eq + 1..])),
                None => (decode(segment), Vec::new()),
            };
            let g = *group_of.entry(name.clone()).or_insert_with(|| {
                groups.push((name, Vec::new()));
                groups.len() - 1
            });
            groups[g].1.push(value);
            count += 1;
        }
        writeln!(out, "{}", count).unwrap();
        for (name, values) in &groups {
            for value in values {
                out.extend_from_slice(name);
                out.push(b'=');
                out.extend_from_slice(value);
                out.push(b'\n');
            }
        }
    }
    std::io::stdout().write_all(&out).unwrap();
}
