use std::io::Read;

fn solve(s: &[u8], t: &[u8]) -> usize {
    // TODO: return the length of the longest common subsequence of s and t.
    0
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut words = input.split_ascii_whitespace();
    let s = words.next().unwrap().as_bytes();
    let t = words.next().unwrap().as_bytes();
    println!("{}", solve(s, t));
}
