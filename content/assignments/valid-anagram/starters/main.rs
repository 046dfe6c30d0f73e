use std::io::Read;

fn solve(s: &str, t: &str) -> bool {
    // TODO: return true when t is an anagram of s.
    false
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut words = input.split_ascii_whitespace();
    let s = words.next().unwrap();
    let t = words.next().unwrap();
    println!("{}", if solve(s, t) { "YES" } else { "NO" });
}
