use std::io::Read;

/// Each road is (u, v, w). Returns the n shortest distances from junction 1 (-1 where unreachable).
fn solve(n: usize, roads: &[(usize, usize, i64)]) -> Vec<i64> {
    // TODO
    vec![-1; n]
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let m = tokens.next().unwrap() as usize;
    let roads: Vec<(usize, usize, i64)> = (0..m)
        .map(|_| {
            let u = tokens.next().unwrap() as usize;
            let v = tokens.next().unwrap() as usize;
            (u, v, tokens.next().unwrap())
        })
        .collect();
    let dist: Vec<String> = solve(n, &roads).iter().map(|d| d.to_string()).collect();
    println!("{}", dist.join(" "));
}
