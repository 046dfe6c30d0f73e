use std::io::Read;

/// Each rule (a, b) says course a comes before course b. Returns the lexicographically smallest
/// valid order, or None if there is none.
fn solve(n: usize, rules: &[(usize, usize)]) -> Option<Vec<usize>> {
    // TODO
    None
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<usize>().unwrap());
    let n = tokens.next().unwrap();
    let m = tokens.next().unwrap();
    let rules: Vec<(usize, usize)> = (0..m).map(|_| (tokens.next().unwrap(), tokens.next().unwrap())).collect();
    match solve(n, &rules) {
        Some(order) => {
            let order: Vec<String> = order.iter().map(|c| c.to_string()).collect();
            println!("{}", order.join(" "));
        }
        None => println!("IMPOSSIBLE"),
    }
}
