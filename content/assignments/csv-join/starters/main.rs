use std::io::{Read, Write};

/// `left` and `right` are the CSV lines of each table, header first. Returns the lines of the
/// joined table, header first.
fn solve(join: &str, left_key: &str, right_key: &str, left: &[&str], right: &[&str]) -> Vec<String> {
    // TODO
    let _ = (join, left_key, right_key, left, right);
    Vec::new()
}

fn read_table<'a>(lines: &mut impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let rows: usize = lines.next().unwrap().trim().parse().unwrap();
    lines.take(rows + 1).collect()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.split('\n');
    let first: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    let left = read_table(&mut lines);
    let right = read_table(&mut lines);
    let mut out = String::new();
    for line in solve(first[0], first[1], first[2], &left, &right) {
        out.push_str(&line);
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
