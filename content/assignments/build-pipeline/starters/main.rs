use std::io::{Read, Write};

/// durations[i - 1] belongs to job i; (a, b) means b waits for a. Returns the makespan and the
/// start times of jobs 1..n, or None if the dependencies contain a cycle.
fn solve(workers: usize, durations: &[u64], dependencies: &[(usize, usize)]) -> Option<(u64, Vec<u64>)> {
    // TODO
    None
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut numbers = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let mut next = || numbers.next().unwrap();
    let (n, m, workers) = (next() as usize, next() as usize, next() as usize);
    let durations: Vec<u64> = (0..n).map(|_| next()).collect();
    let dependencies: Vec<(usize, usize)> = (0..m).map(|_| (next() as usize, next() as usize)).collect();
    let out = match solve(workers, &durations, &dependencies) {
        None => "CYCLE\n".to_string(),
        Some((makespan, start)) => {
            let starts: Vec<String> = start.iter().map(|s| s.to_string()).collect();
            format!("{}\n{}\n", makespan, starts.join(" "))
        }
    };
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
