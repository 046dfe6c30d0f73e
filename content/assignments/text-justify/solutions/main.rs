use std::io::{Read, Write};

/// Appends `words` as one line: justified to `width`, or with single spaces.
fn push_line(out: &mut String, words: &[&str], width: usize, justify: bool) {
    let gaps = words.len() - 1;
    let letters: usize = words.iter().map(|w| w.len()).sum();
    let (wide, extra) = if justify && gaps > 0 { ((width - letters) / gaps, (width - letters) % gaps) } else { (1, 0) };
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        if i < gaps {
            out.push_str(&" ".repeat(wide + usize::from(i < extra)));
        }
    }
    out.push('\n');
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let width: usize = tokens.next().unwrap().parse().unwrap();
    let words: Vec<&str> = tokens.collect();
    let mut out = String::new();
    let (mut first, mut length) = (0, 0); // the current line: words[first..i], single-spaced
    for (i, w) in words.iter().enumerate() {
        if i > first && length + 1 + w.len() > width {
            push_line(&mut out, &words[first..i], width, true);
            first = i;
            length = 0;
        }
        length += w.len() + usize::from(i > first);
    }
    push_line(&mut out, &words[first..], width, false);
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
