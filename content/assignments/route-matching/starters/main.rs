use std::io::{Read, Write};

/// The index of the winning pattern and its parameters, (name, value) in pattern order.
struct Match {
    route: usize,
    params: Vec<(String, String)>,
}

/// One entry per path: None if no route matches.
fn solve(patterns: &[&str], paths: &[&str]) -> Vec<Option<Match>> {
    // TODO
    let _ = patterns;
    paths.iter().map(|_| None).collect()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines().map(str::trim);
    let n: usize = lines.next().unwrap().parse().unwrap();
    let patterns: Vec<&str> = lines.by_ref().take(n).collect();
    let m: usize = lines.next().unwrap().parse().unwrap();
    let paths: Vec<&str> = lines.take(m).collect();
    let mut out = String::new();
    for found in solve(&patterns, &paths) {
        match found {
            None => out.push_str("404"),
            Some(Match { route, params }) => {
                out.push_str(patterns[route]);
                for (name, value) in params {
                    out.push_str(&format!(" {}={}", name, value));
                }
            }
        }
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
