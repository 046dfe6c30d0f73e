use std::io::Read;

/// jobs[i] = (memory, credits) of job i + 1. Returns the maximum total credits and the
/// lexicographically smallest optimal list of job numbers, in increasing order.
fn solve(capacity: usize, jobs: &[(usize, u64)]) -> (u64, Vec<usize>) {
    // TODO
    (0, Vec::new())
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let capacity = tokens.next().unwrap() as usize;
    let jobs: Vec<(usize, u64)> = (0..n).map(|_| (tokens.next().unwrap() as usize, tokens.next().unwrap())).collect();
    let (total, chosen) = solve(capacity, &jobs);
    let numbers: Vec<String> = chosen.iter().map(|job| job.to_string()).collect();
    println!("{} {}\n{}", total, chosen.len(), numbers.join(" "));
}
