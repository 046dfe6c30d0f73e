use std::io::Read;

/// Returns the minimum, maximum and average of the readings.
fn solve(readings: &[f64]) -> (f64, f64, f64) {
    // TODO
    (0.0, 0.0, 0.0)
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let readings: Vec<f64> = tokens.take(n).map(|t| t.parse().unwrap()).collect();
    let (low, high, average) = solve(&readings);
    println!("{:.6} {:.6} {:.6}", low, high, average);
}
