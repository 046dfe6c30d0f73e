use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{Read, Write};

/// FNV-1a 64, then the MurmurHash3 finalizer (fmix64), all modulo 2^64.
fn ring_hash(s: &str) -> u64 {
    let mut h: u64 = 14695981039346656037;
    for &b in s.as_bytes() {
        h = (h ^ b as u64).wrapping_mul(1099511628211);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

/// (hash, node, replica): tuples compare in exactly the ring order.
type Point = (u64, String, usize);

struct Ring {
    points: Vec<Point>, // sorted: the ring clockwise
    keys: Vec<u64>,     // tracked keys' hashes, sorted
}

impl Ring {
    fn index_of(&self, p: &Point) -> usize {
        self.points.partition_point(|q| q < p)
    }

    fn keys_up_to(&self, h: u64) -> usize {
        self.keys.partition_point(|&k| k <= h)
    }

    /// Tracked keys owned by a point on the ring: after its predecessor, up to it.
    fn owned_by(&self, p: &Point) -> usize {
        let k = self.keys.len();
        if self.points.len() == 1 {
            return k;
        }
        match self.index_of(p) {
            0 => self.keys_up_to(p.0) + k - self.keys_up_to(self.points[self.points.len() - 1].0),
            j => self.keys_up_to(p.0) - self.keys_up_to(self.points[j - 1].0),
        }
    }
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let mut number = || -> usize { tokens.next().unwrap().parse().unwrap() };
    let (v, k, q) = (number(), number(), number());
    let mut keys: Vec<u64> = (0..k).map(|_| ring_hash(tokens.next().unwrap())).collect();
    keys.sort_unstable();
    let mut ring = Ring { points: Vec::new(), keys };
    let mut on_ring: HashMap<&str, Vec<Point>> = HashMap::new();
    let mut out = String::new();
    for _ in 0..q {
        let (command, name) = (tokens.next().unwrap(), tokens.next().unwrap());
        if command == "LOOKUP" {
            if ring.points.is_empty() {
                out.push_str("NONE\n");
            } else {
                let h = ring_hash(name);
                let j = ring.points.partition_point(|p| p.0 < h) % ring.points.len();
                writeln!(out, "{}", ring.points[j].1).unwrap();
            }
            continue;
        }
        let adding = command == "ADD";
        if adding == on_ring.contains_key(name) {
            out.push_str("0\n"); // already there, or not there to remove
            continue;
        }
        let mut moved = 0;
        if adding {
            let points: Vec<Point> = (0..v).map(|r| (ring_hash(&format!("{}#{}", name, r)), name.to_string(), r)).collect();
            for p in &points {
                let j = ring.index_of(p);
                ring.points.insert(j, p.clone());
            }
            // The node was nowhere before, so every key it owns now has moved.
            moved = points.iter().map(|p| ring.owned_by(p)).sum();
            on_ring.insert(name, points);
        } else if let Some(points) = on_ring.remove(name) {
            moved = points.iter().map(|p| ring.owned_by(p)).sum();
            for p in &points {
                let j = ring.index_of(p);
                ring.points.remove(j);
            }
        }
        writeln!(out, "{}", moved).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
