use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::str::SplitAsciiWhitespace;

fn number(tokens: &mut SplitAsciiWhitespace) -> u64 {
    tokens.next().unwrap().parse().unwrap()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let q = number(&mut tokens) as usize;
    // (time, creation, id, period): creation is the index of the command that made the timer,
    // which breaks ties; period 0 is a one-shot timer.
    let mut events: BinaryHeap<Reverse<(u64, usize, u64, u64)>> = BinaryHeap::new();
    // An event is stale unless active[id] is still its creation.
    let mut active: HashMap<u64, usize> = HashMap::new();
    let mut out = String::new();
    for creation in 0..q {
        match tokens.next().unwrap() {
            command @ ("SCHEDULE" | "EVERY") => {
                let id = number(&mut tokens);
                let at = number(&mut tokens);
                let period = if command == "EVERY" { number(&mut tokens) } else { 0 };
                active.insert(id, creation); // replaces any timer with this id
                events.push(Reverse((at, creation, id, period)));
            }
            "CANCEL" => {
                active.remove(&number(&mut tokens));
            }
            _ => {
                let now = number(&mut tokens);
                while let Some(&Reverse((at, made, id, period))) = events.peek() {
                    if at > now {
                        break;
                    }
                    events.pop();
                    if active.get(&id) != Some(&made) {
                        continue;
                    }
                    writeln!(out, "{} {}", at, id).unwrap();
                    if period > 0 {
                        events.push(Reverse((at + period, made, id, period)));
                    } else {
                        active.remove(&id);
                    }
                }
            }
        }
    }
    writeln!(out, "PENDING {}", active.len()).unwrap();
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
