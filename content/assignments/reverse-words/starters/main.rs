use std::io::Read;

fn solve(words: Vec<&str>) -> Vec<&str> {
    // TODO: return the words in reverse order.
    Vec::new()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let words: Vec<&str> = input.split_ascii_whitespace().collect();
    println!("{}", solve(words).join(" "));
}
