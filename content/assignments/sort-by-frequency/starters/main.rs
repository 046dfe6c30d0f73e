use std::io::Read;

/// Returns the values reordered as the statement describes.
fn solve(values: Vec<i64>) -> Vec<i64> {
    // TODO
    Vec::new()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let values: Vec<i64> = tokens.take(n).collect();
    let answer: Vec<String> = solve(values).iter().map(|v| v.to_string()).collect();
    println!("{}", answer.join(" "));
}
