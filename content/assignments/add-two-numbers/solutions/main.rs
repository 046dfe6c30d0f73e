use std::io::Read;

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let a = tokens.next().unwrap();
    let b = tokens.next().unwrap();
    println!("{}", a + b);
}
