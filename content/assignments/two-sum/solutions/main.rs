use std::collections::HashMap;
use std::io::Read;

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let target = tokens.next().unwrap();
    // Scanning j upwards and remembering each value's first index yields the smallest j,
    // and for it the smallest i.
    let mut first_index: HashMap<i64, usize> = HashMap::with_capacity(n);
    for j in 1..=n {
        let value = tokens.next().unwrap();
        if let Some(i) = first_index.get(&(target - value)) {
            println!("{} {}", i, j);
            return;
        }
        first_index.entry(value).or_insert(j);
    }
    println!("-1");
}
