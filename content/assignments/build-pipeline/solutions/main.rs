use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::{Read, Write};

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut numbers = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let mut next = || numbers.next().unwrap();
    let (n, m, workers) = (next() as usize, next() as usize, next() as usize);
    let duration: Vec<u64> = std::iter::once(0).chain((0..n).map(|_| next())).collect();
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    let mut waiting_on = vec![0usize; n + 1];
    for _ in 0..m {
        let (a, b) = (next() as usize, next() as usize);
        dependents[a].push(b);
        waiting_on[b] += 1;
    }
    let mut ready: BinaryHeap<Reverse<usize>> = (1..=n).filter(|&job| waiting_on[job] == 0).map(Reverse).collect();
    let mut running: BinaryHeap<Reverse<(u64, usize)>> = BinaryHeap::new(); // (end time, job)
    let mut start = vec![0u64; n + 1];
    let (mut now, mut started, mut free_workers) = (0u64, 0usize, workers);
    loop {
        while free_workers > 0 {
            let Some(Reverse(job)) = ready.pop() else { break };
            start[job] = now;
            running.push(Reverse((now + duration[job], job)));
            started += 1;
            free_workers -= 1;
        }
        let Some(&Reverse((end, _))) = running.peek() else { break };
        now = end;
        // Every job ending now finishes before any worker is handed out again.
        while let Some(&Reverse((end, job))) = running.peek() {
            if end != now {
                break;
            }
            running.pop();
            free_workers += 1;
            for &dependent in &dependents[job] {
                waiting_on[dependent] -= 1;
                if waiting_on[dependent] == 0 {
                    ready.push(Reverse(dependent));
                }
            }
        }
    }
    let out = if started < n {
        "CYCLE\n".to_string()
    } else {
        let starts: Vec<String> = start[1..].iter().map(|s| s.to_string()).collect();
        format!("{}\n{}\n", now, starts.join(" "))
    };
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
