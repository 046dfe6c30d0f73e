use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt::Write as _;
use std::io::{Read, Write};

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let k: usize = tokens.next().unwrap().parse().unwrap();
    let streams: Vec<Vec<(u64, &str)>> = (0..k)
        .map(|_| {
            let m: usize = tokens.next().unwrap().parse().unwrap();
            (0..m).map(|_| (tokens.next().unwrap().parse().unwrap(), tokens.next().unwrap())).collect()
        })
        .collect();
    // One entry per stream with lines left: (timestamp of its next line, stream, line index).
    let mut heap: BinaryHeap<Reverse<(u64, usize, usize)>> = streams
        .iter()
        .enumerate()
        .filter(|(_, lines)| !lines.is_empty())
        .map(|(s, lines)| Reverse((lines[0].0, s, 0)))
        .collect();
    let mut out = String::new();
    while let Some(Reverse((t, s, j))) = heap.pop() {
        writeln!(out, "{} {} {}", t, s + 1, streams[s][j].1).unwrap();
        if let Some(&(next_t, _)) = streams[s].get(j + 1) {
            heap.push(Reverse((next_t, s, j + 1)));
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
