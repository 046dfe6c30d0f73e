use std::io::Read;

fn solve(a: i64, b: i64) -> i64 {
    // TODO: return the sum of a and b.
    0
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let a = tokens.next().unwrap();
    let b = tokens.next().unwrap();
    println!("{}", solve(a, b));
}
