use std::io::Read;

/// grid[r][c] is b'#' for land and b'.' for water.
fn solve(grid: Vec<Vec<u8>>) -> usize {
    // TODO: count the islands.
    0
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
