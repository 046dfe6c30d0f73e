use std::collections::VecDeque;
use std::fmt::Write as _;
use std::io::{Read, Write};

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let k: usize = tokens.next().unwrap().parse().unwrap();
    let values: Vec<i64> = tokens.take(n).map(|t| t.parse().unwrap()).collect();
    // Indices whose values strictly decrease from front to back. An equal value does not push
    // out an earlier index, so the front is always the leftmost maximum.
    let mut window: VecDeque<usize> = VecDeque::new();
    let mut out = String::new();
    for (i, &v) in values.iter().enumerate() {
        while window.back().is_some_and(|&last| values[last] < v) {
            window.pop_back();
        }
        window.push_back(i);
        if window[0] + k <= i {
            window.pop_front();
        }
        if i + 1 >= k {
            writeln!(out, "{} {}", values[window[0]], window[0]).unwrap();
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
