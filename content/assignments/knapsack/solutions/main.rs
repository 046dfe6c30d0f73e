use std::io::Read;

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let capacity = tokens.next().unwrap() as usize;
    let jobs: Vec<(usize, u64)> = (0..n).map(|_| (tokens.next().unwrap() as usize, tokens.next().unwrap())).collect();
    // best[i][c]: the most jobs i..n-1 can earn within c GB; best[n] is all zeros.
    let mut best = vec![vec![0u64; capacity + 1]; n + 1];
    for i in (0..n).rev() {
        let (w, v) = jobs[i];
        for c in 0..=capacity {
            best[i][c] = best[i + 1][c];
            if w <= c {
                best[i][c] = best[i][c].max(best[i + 1][c - w] + v);
            }
        }
    }
    // Taking each job, in order, whenever the rest can still reach the optimum gives the
    // lexicographically smallest optimal set.
    let mut chosen = Vec::new();
    let mut c = capacity;
    for (i, &(w, v)) in jobs.iter().enumerate() {
        if w <= c && v + best[i + 1][c - w] == best[i][c] {
            chosen.push((i + 1).to_string());
            c -= w;
        }
    }
    println!("{} {}\n{}", best[0][capacity], chosen.len(), chosen.join(" "));
}
