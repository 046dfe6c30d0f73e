use std::fmt::Write as _;
use std::io::{Read, Write};

/// A first-fit allocator over 8-byte granules. Segment tree: best[size + g] holds the length (in
/// granules) of the free block starting at granule g, or 0, and every inner node the largest in
/// its subtree, so the first fit is the leftmost leaf that is large enough.
struct Arena {
    bytes: u64,
    granules: usize,
    size: usize,
    best: Vec<usize>,
    ends_at: Vec<Option<usize>>, // start of the free block ending at each granule
    allocated: Vec<usize>,       // length of the allocated block starting at each granule
    returned: Vec<bool>,         // whether a MALLOC has answered each granule's address
    used_granules: usize,
    used_blocks: usize,
}

impl Arena {
    fn new(bytes: u64) -> Self {
        let granules = (bytes / 8) as usize;
        let size = granules.next_power_of_two();
        let mut arena = Arena {
            bytes,
            granules,
            size,
            best: vec![0; 2 * size],
            ends_at: vec![None; granules + 1],
            allocated: vec![0; granules],
            returned: vec![false; granules],
            used_granules: 0,
            used_blocks: 0,
        };
        arena.set_free_length(0, granules);
        arena.ends_at[granules] = Some(0);
        arena
    }

    fn set_free_length(&mut self, g: usize, length: usize) {
        let mut node = self.size + g;
        self.best[node] = length;
        while node > 1 {
            node /= 2;
            let larger = self.best[2 * node].max(self.best[2 * node + 1]);
            if self.best[node] == larger {
                break;
            }
            self.best[node] = larger;
        }
    }

    /// The address of the new block, or None for NULL.
    fn allocate(&mut self, request: u64) -> Option<u64> {
        // Compare before rounding: request + 7 overflows for the largest sizes.
        if request == 0 || request > self.bytes {
            return None;
        }
        let need = request.div_ceil(8) as usize;
        if self.best[1] < need {
            return None;
        }
        let mut node = 1;
        while node < self.size {
            node = if self.best[2 * node] >= need { 2 * node } else { 2 * node + 1 };
        }
        let (g, length) = (node - self.size, self.best[node]);
        self.set_free_length(g, 0);
        self.ends_at[g + length] = None;
        if length > need {
            // the rest of the block stays free
            self.set_free_length(g + need, length - need);
            self.ends_at[g + length] = Some(g + need);
        }
        self.allocated[g] = need;
        self.returned[g] = true;
        self.used_granules += need;
        self.used_blocks += 1;
        Some(8 * g as u64)
    }

    fn release(&mut self, address: u64) -> &'static str {
        let aligned = address % 8 == 0 && address < self.bytes;
        let g = if aligned { (address / 8) as usize } else { 0 };
        if !aligned || self.allocated[g] == 0 {
            return if aligned && self.returned[g] { "DOUBLE FREE" } else { "INVALID FREE" };
        }
        let (mut start, mut end) = (g, g + self.allocated[g]);
        self.used_granules -= self.allocated[g];
        self.used_blocks -= 1;
        self.allocated[g] = 0;
        if end < self.granules && self.best[self.size + end] > 0 {
            // merge with the free block that follows
            let following = self.best[self.size + end];
            self.set_free_length(end, 0);
            end += following;
        }
        if let Some(before) = self.ends_at[g].take() {
            // merge with the free block that precedes
            start = before;
        }
        self.set_free_length(start, end - start);
        self.ends_at[end] = Some(start);
        "OK"
    }

    fn report(&self, out: &mut String) {
        let free: Vec<usize> = self.best[self.size..self.size + self.granules].iter().copied().filter(|&l| l > 0).collect();
        let free_bytes = 8 * free.iter().sum::<usize>();
        let largest = 8 * self.best[1];
        let fragmentation = if free_bytes > 0 { 100 * (free_bytes - largest) / free_bytes } else { 0 };
        writeln!(out, "USED {} {}", 8 * self.used_granules, self.used_blocks).unwrap();
        writeln!(out, "FREE {} {} {}", free_bytes, free.len(), largest).unwrap();
        writeln!(out, "FRAGMENTATION {}", fragmentation).unwrap();
    }
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let mut arena = Arena::new(tokens.next().unwrap().parse().unwrap());
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for _ in 0..q {
        let command = tokens.next().unwrap();
        let argument: u64 = tokens.next().unwrap().parse().unwrap();
        if command == "MALLOC" {
            match arena.allocate(argument) {
                Some(address) => writeln!(out, "{}", address).unwrap(),
                None => out.push_str("NULL\n"),
            }
        } else {
            writeln!(out, "{}", arena.release(argument)).unwrap();
        }
    }
    arena.report(&mut out);
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
