use std::io::Read;

fn solve(amount: usize, coins: &[usize]) -> i64 {
    // TODO: return the fewest coins that add up to amount, or -1 if none do.
    -1
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<usize>().unwrap());
    let n = tokens.next().unwrap();
    let amount = tokens.next().unwrap();
    let coins: Vec<usize> = tokens.take(n).collect();
    println!("{}", solve(amount, &coins));
}
