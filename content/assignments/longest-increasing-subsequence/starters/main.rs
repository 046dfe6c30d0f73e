use std::io::Read;

fn solve(values: &[i64]) -> usize {
    // TODO: return the length of the longest strictly increasing subsequence.
    0
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let values: Vec<i64> = tokens.take(n).collect();
    println!("{}", solve(&values));
}
