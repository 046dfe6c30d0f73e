use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{Read, Write};

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    // A BTreeMap over &str iterates in byte order.
    let mut by_endpoint: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    for _ in 0..n {
        let endpoint = tokens.next().unwrap();
        let latency: u64 = tokens.next().unwrap().parse().unwrap();
        by_endpoint.entry(endpoint).or_default().push(latency);
    }
    let mut out = String::new();
    for (endpoint, latencies) in &mut by_endpoint {
        latencies.sort_unstable();
        let count = latencies.len();
        write!(out, "{} {}", endpoint, count).unwrap();
        for p in [50, 90, 99] {
            let rank = (p * count + 99) / 100; // nearest rank, 1-based
            write!(out, " {}", latencies[rank - 1]).unwrap();
        }
        writeln!(out, " {}", latencies[count - 1]).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
