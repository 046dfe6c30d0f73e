// Reads a name on stdin and greets it: the smallest proof that the language works end to end.
use std::io::read_to_string;

fn main() {
    let input = read_to_string(std::io::stdin()).unwrap();
    println!("Hello, {}!", input.trim());
}
