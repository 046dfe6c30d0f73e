use std::io::{Read, Write};

/// A TYPE that appended `chars`, or a DELETE that removed them from the end.
struct Edit {
    is_type: bool,
    chars: String,
}

fn apply(text: &mut String, e: &Edit) {
    if e.is_type {
        text.push_str(&e.chars);
    } else {
        text.truncate(text.len() - e.chars.len());
    }
}

fn revert(text: &mut String, e: &Edit) {
    if e.is_type {
        text.truncate(text.len() - e.chars.len());
    } else {
        text.push_str(&e.chars);
    }
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let q: usize = lines.next().unwrap().trim().parse().unwrap();
    let mut text = String::new();
    let (mut undo, mut redo): (Vec<Edit>, Vec<Edit>) = (Vec::new(), Vec::new());
    let mut out = Vec::new();
    for line in lines.take(q) {
        let (command, arg) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
        match command {
            "TYPE" | "DELETE" => {
                let e = if command == "TYPE" {
                    Edit { is_type: true, chars: arg.to_string() }
                } else {
                    let k = arg.parse::<usize>().unwrap().min(text.len());
                    Edit { is_type: false, chars: text[text.len() - k..].to_string() }
                };
                apply(&mut text, &e);
                undo.push(e);
                redo.clear();
            }
            "UNDO" => {
                if let Some(e) = undo.pop() {
                    revert(&mut text, &e);
                    redo.push(e);
                }
            }
            "REDO" => {
                if let Some(e) = redo.pop() {
                    apply(&mut text, &e);
                    undo.push(e);
                }
            }
            _ => {
                out.extend_from_slice(text.as_bytes());
                out.push(b'\n');
            }
        }
    }
    std::io::stdout().write_all(&out).unwrap();
}
