use std::io::Read;

/// Returns the 1-based pair (i, j) described in the statement, or None if there is none.
fn solve(target: i64, a: &[i64]) -> Option<(usize, usize)> {
    // TODO
    None
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let target = tokens.next().unwrap();
    let a: Vec<i64> = tokens.take(n).collect();
    match solve(target, &a) {
        Some((i, j)) => println!("{} {}", i, j),
        None => println!("-1"),
    }
}
