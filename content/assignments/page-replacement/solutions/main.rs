use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet, VecDeque};
use std::io::Read;

fn fifo_faults(frames: usize, pages: &[u32]) -> usize {
    let mut resident = HashSet::new();
    let mut loaded = VecDeque::new(); // oldest load first
    let mut faults = 0;
    for &p in pages {
        if resident.contains(&p) {
            continue;
        }
        faults += 1;
        if loaded.len() == frames {
            resident.remove(&loaded.pop_front().unwrap());
        }
        resident.insert(p);
        loaded.push_back(p);
    }
    faults
}

fn lru_faults(frames: usize, pages: &[u32]) -> usize {
    let mut last_use: HashMap<u32, usize> = HashMap::new();
    let mut by_use: BTreeMap<usize, u32> = BTreeMap::new(); // oldest use first
    let mut faults = 0;
    for (i, &p) in pages.iter().enumerate() {
        if let Some(previous) = last_use.insert(p, i) {
            by_use.remove(&previous);
        } else {
            faults += 1;
            if by_use.len() == frames {
                let (_, victim) = by_use.pop_first().unwrap();
                last_use.remove(&victim);
            }
        }
        by_use.insert(i, p);
    }
    faults
}

fn opt_faults(frames: usize, pages: &[u32]) -> usize {
    let n = pages.len();
    let mut next_use = vec![n; n];
    let mut seen: HashMap<u32, usize> = HashMap::new();
    for i in (0..n).rev() {
        if let Some(j) = seen.insert(pages[i], i) {
            next_use[i] = j;
        }
    }
    // Max-heap of (next use, page); an entry is stale once its page's next use has moved on.
    let mut heap = BinaryHeap::new();
    let mut resident_until: HashMap<u32, usize> = HashMap::new();
    let mut faults = 0;
    for (i, &p) in pages.iter().enumerate() {
        if !resident_until.contains_key(&p) {
            faults += 1;
            if resident_until.len() == frames {
                while let Some((until, victim)) = heap.pop() {
                    if resident_until.get(&victim) == Some(&until) {
                        resident_until.remove(&victim);
                        break;
                    }
                }
            }
        }
        resident_until.insert(p, next_use[i]);
        heap.push((next_use[i], p));
    }
    faults
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<u32>().unwrap());
    let frames = tokens.next().unwrap() as usize;
    let n = tokens.next().unwrap() as usize;
    let pages: Vec<u32> = tokens.take(n).collect();
    println!("FIFO {}", fifo_faults(frames, &pages));
    println!("LRU {}", lru_faults(frames, &pages));
    println!("OPT {}", opt_faults(frames, &pages));
}
