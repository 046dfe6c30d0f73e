use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{Read, Write};

const NONE: usize = usize::MAX;

struct Node {
    key: u64,
    value: u64,
    prev: usize,
    next: usize,
}

/// A doubly linked list in order of use (least recent at `head`) whose nodes live in a Vec and
/// link by index; `by_key` finds a key's node in O(1). An evicted node is reused in place.
struct LruCache {
    capacity: usize,
    nodes: Vec<Node>,
    by_key: HashMap<u64, usize>,
    head: usize,
    tail: usize,
}

impl LruCache {
    fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            nodes: Vec::with_capacity(capacity),
            by_key: HashMap::with_capacity(capacity),
            head: NONE,
            tail: NONE,
        }
    }

    fn unlink(&mut self, i: usize) {
        let (prev, next) = (self.nodes[i].prev, self.nodes[i].next);
        if prev == NONE {
            self.head = next
        } else {
            self.nodes[prev].next = next
        }
        if next == NONE {
            self.tail = prev
        } else {
            self.nodes[next].prev = prev
        }
    }

    fn push_back(&mut self, i: usize) {
        self.nodes[i].prev = self.tail;
        self.nodes[i].next = NONE;
        if self.tail == NONE {
            self.head = i
        } else {
            self.nodes[self.tail].next = i
        }
        self.tail = i;
    }

    fn get(&mut self, key: u64) -> Option<u64> {
        let i = *self.by_key.get(&key)?;
        self.unlink(i);
        self.push_back(i);
        Some(self.nodes[i].value)
    }

    /// Returns the evicted key when it had to make room.
    fn put(&mut self, key: u64, value: u64) -> Option<u64> {
        if let Some(&i) = self.by_key.get(&key) {
            self.nodes[i].value = value;
            self.unlink(i);
            self.push_back(i);
            return None;
        }
        let mut evicted = None;
        let i = if self.nodes.len() < self.capacity {
            self.nodes.push(Node {
                key,
                value,
                prev: NONE,
                next: NONE,
            });
            self.nodes.len() - 1
        } else {
            let oldest = self.head;
            self.unlink(oldest);
            self.by_key.remove(&self.nodes[oldest].key);
            evicted = Some(self.nodes[oldest].key);
            self.nodes[oldest].key = key;
            self.nodes[oldest].value = value;
            oldest
        };
        self.push_back(i);
        self.by_key.insert(key, i);
        evicted
    }
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let capacity: usize = tokens.next().unwrap().parse().unwrap();
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut cache = LruCache::new(capacity);
    let mut out = String::new();
    for _ in 0..q {
        let command = tokens.next().unwrap();
        let key: u64 = tokens.next().unwrap().parse().unwrap();
        if command == "GET" {
            match cache.get(key) {
                Some(value) => writeln!(out, "{}", value).unwrap(),
                None => out.push_str("-1\n"),
            }
        } else {
            let value: u64 = tokens.next().unwrap().parse().unwrap();
            if let Some(evicted) = cache.put(key, value) {
                writeln!(out, "EVICT {}", evicted).unwrap();
            }
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
