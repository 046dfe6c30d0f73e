use std::io::Read;

/// grid[r][c] is b'#' for a wall, b'.' for an open cell, b'S' for the start and b'T' for the target.
fn solve(grid: Vec<Vec<u8>>) -> i64 {
    // TODO: return the fewest moves from S to T, or -1 if T cannot be reached.
    -1
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let _m: usize = tokens.next().unwrap().parse().unwrap();
    let grid: Vec<Vec<u8>> = tokens.take(n).map(|row| row.as_bytes().to_vec()).collect();
    println!("{}", solve(grid));
}
