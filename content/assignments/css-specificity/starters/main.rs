use std::fmt::Write as _;
use std::io::{Read, Write};

/// (a, b, c)
type Spec = (u32, u32, u32);

/// The specificity of one selector.
fn specificity(selector: &str) -> Spec {
    // TODO
    (0, 0, 0)
}

/// Reorders the matching rule numbers (1-based) of one element, winner first.
fn order_rules(specs: &[Spec], rules: &mut [usize]) {
    // TODO
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let n: usize = lines.next().unwrap().trim().parse().unwrap();
    let mut out = String::new();
    let specs: Vec<Spec> = (0..n).map(|_| specificity(lines.next().unwrap().trim())).collect();
    for spec in &specs {
        writeln!(out, "{} {} {}", spec.0, spec.1, spec.2).unwrap();
    }
    let q: usize = lines.next().unwrap().trim().parse().unwrap();
    for line in lines.take(q) {
        let mut rules: Vec<usize> = line.split_ascii_whitespace().skip(1).map(|t| t.parse().unwrap()).collect();
        order_rules(&specs, &mut rules);
        let rules: Vec<String> = rules.iter().map(|r| r.to_string()).collect();
        writeln!(out, "{}", rules.join(" ")).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
