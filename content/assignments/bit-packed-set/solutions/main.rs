use std::fmt::Write as _;
use std::io::{Read, Write};

/// Integers in [0, 2^k): bit x % 64 of words[x / 64] is set when x is a member.
struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    fn new(k: u32) -> Self {
        BitSet { words: vec![0; (1usize << k).div_ceil(64)] }
    }

    fn add(&mut self, x: usize) {
        self.words[x >> 6] |= 1 << (x & 63);
    }

    fn remove(&mut self, x: usize) {
        self.words[x >> 6] &= !(1 << (x & 63));
    }

    fn has(&self, x: usize) -> bool {
        self.words[x >> 6] >> (x & 63) & 1 == 1
    }

    fn count(&self, l: usize, r: usize) -> u32 {
        let (first, last) = (l >> 6, r >> 6);
        let (from_l, to_r) = (!0u64 << (l & 63), !0u64 >> (63 - (r & 63)));
        if first == last {
            return (self.words[first] & from_l & to_r).count_ones();
        }
        let inside: u32 = self.words[first + 1..last].iter().map(|w| w.count_ones()).sum();
        (self.words[first] & from_l).count_ones() + inside + (self.words[last] & to_r).count_ones()
    }

    /// The rest of x's own word, then whole words until one is not empty.
    fn next(&self, x: usize) -> Option<usize> {
        let word = x >> 6;
        let rest = self.words[word] & (!0u64 << (x & 63));
        if rest != 0 {
            return Some(word * 64 + rest.trailing_zeros() as usize);
        }
        let later = self.words[word + 1..].iter().position(|&w| w != 0)?;
        let found = word + 1 + later;
        Some(found * 64 + self.words[found].trailing_zeros() as usize)
    }
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let k: u32 = tokens.next().unwrap().parse().unwrap();
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut set = BitSet::new(k);
    let mut out = String::new();
    for _ in 0..q {
        let command = tokens.next().unwrap();
        let x: usize = tokens.next().unwrap().parse().unwrap();
        match command {
            "ADD" => set.add(x),
            "REMOVE" => set.remove(x),
            "HAS" => out.push_str(if set.has(x) { "YES\n" } else { "NO\n" }),
            "COUNT" => {
                let r: usize = tokens.next().unwrap().parse().unwrap();
                writeln!(out, "{}", set.count(x, r)).unwrap();
            }
            _ => match set.next(x) {
                Some(member) => writeln!(out, "{}", member).unwrap(),
                None => out.push_str("-1\n"),
            },
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
