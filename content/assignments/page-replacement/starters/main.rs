use std::io::Read;

/// The number of page faults under FIFO, LRU and OPT.
fn solve(frames: usize, pages: &[u32]) -> (usize, usize, usize) {
    // TODO
    let _ = (frames, pages);
    (0, 0, 0)
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<u32>().unwrap());
    let frames = tokens.next().unwrap() as usize;
    let n = tokens.next().unwrap() as usize;
    let pages: Vec<u32> = tokens.take(n).collect();
    let (fifo, lru, opt) = solve(frames, &pages);
    println!("FIFO {}\nLRU {}\nOPT {}", fifo, lru, opt);
}
