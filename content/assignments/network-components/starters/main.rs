use std::fmt::Write as _;
use std::io::{Read, Write};

/// kind is b'L' (LINK), b'Q' (QUERY) or b'C' (COUNT).
struct Operation {
    kind: u8,
    a: usize,
    b: usize,
}

/// One answer per operation: for a QUERY 1 if connected and 0 if not, for a COUNT the number of
/// components (LINKs need no answer).
fn solve(n: usize, ops: &[Operation]) -> Vec<usize> {
    // TODO
    vec![0; ops.len()]
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut ops = Vec::with_capacity(q);
    for _ in 0..q {
        let kind = tokens.next().unwrap().as_bytes()[0];
        let (a, b) = if kind == b'C' {
            (0, 0)
        } else {
            (tokens.next().unwrap().parse().unwrap(), tokens.next().unwrap().parse().unwrap())
        };
        ops.push(Operation { kind, a, b });
    }
    let answers = solve(n, &ops);
    let mut out = String::new();
    for (op, answer) in ops.iter().zip(&answers) {
        match op.kind {
            b'Q' => out.push_str(if *answer == 1 { "YES\n" } else { "NO\n" }),
            b'C' => writeln!(out, "{}", answer).unwrap(),
            _ => {}
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
