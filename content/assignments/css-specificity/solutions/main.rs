use std::fmt::Write as _;
use std::io::{Read, Write};

/// (a, b, c): tuples compare component by component, as specificities do.
type Spec = (u32, u32, u32);

fn plus(x: Spec, y: Spec) -> Spec {
    (x.0 + y.0, x.1 + y.1, x.2 + y.2)
}

/// Recursive descent over one selector; only the counting matters, not the structure.
struct Parser<'a> {
    text: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> u8 {
        self.text.get(self.pos).copied().unwrap_or(0)
    }

    fn name(&mut self) -> &'a [u8] {
        let start = self.pos;
        while self.peek().is_ascii_alphanumeric() || self.peek() == b'-' || self.peek() == b'_' {
            self.pos += 1;
        }
        &self.text[start..self.pos]
    }

    /// Selectors separated by commas, up to a ')' or the end: the most specific one.
    fn selector_list(&mut self) -> Spec {
        let mut best = self.selector();
        while self.peek() == b',' {
            self.pos += 1;
            best = best.max(self.selector());
        }
        best
    }

    fn selector(&mut self) -> Spec {
        let mut s = (0, 0, 0);
        loop {
            match self.peek() {
                b',' | b')' | 0 => return s,
                b' ' | b'>' | b'+' | b'~' | b'*' => self.pos += 1,
                ch @ (b'#' | b'.') => {
                    self.pos += 1;
                    self.name();
                    s = plus(s, if ch == b'#' { (1, 0, 0) } else { (0, 1, 0) });
                }
                b'[' => {
                    self.skip_attribute();
                    s.1 += 1;
                }
                b':' => s = plus(s, self.pseudo()),
                _ => {
                    self.name();
                    s.2 += 1;
                }
            }
        }
    }

    fn skip_attribute(&mut self) {
        let mut quote = 0u8;
        self.pos += 1;
        while quote != 0 || self.peek() != b']' {
            let ch = self.peek();
            if quote != 0 && ch == quote {
                quote = 0;
            } else if quote == 0 && (ch == b'"' || ch == b'\'') {
                quote = ch;
            }
            self.pos += 1;
        }
        self.pos += 1;
    }

    fn pseudo(&mut self) -> Spec {
        self.pos += 1;
        if self.peek() == b':' {
            self.pos += 1;
            self.name();
            return (0, 0, 1);
        }
        let name = self.name();
        if self.peek() != b'(' {
            let legacy = matches!(name, b"before" | b"after" | b"first-line" | b"first-letter");
            return if legacy { (0, 0, 1) } else { (0, 1, 0) };
        }
        self.pos += 1;
        if matches!(name, b"not" | b"is" | b"has" | b"where") {
            let inner = self.selector_list();
            self.pos += 1; // the ')'
            return if name == b"where" { (0, 0, 0) } else { inner };
        }
        while self.peek() != b')' {
            self.pos += 1;
        }
        self.pos += 1;
        (0, 1, 0)
    }
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let n: usize = lines.next().unwrap().trim().parse().unwrap();
    let mut out = String::new();
    let specs: Vec<Spec> = (0..n)
        .map(|_| {
            let spec = Parser { text: lines.next().unwrap().trim().as_bytes(), pos: 0 }.selector_list();
            writeln!(out, "{} {} {}", spec.0, spec.1, spec.2).unwrap();
            spec
        })
        .collect();
    let q: usize = lines.next().unwrap().trim().parse().unwrap();
    for line in lines.take(q) {
        let mut rules: Vec<usize> = line.split_ascii_whitespace().skip(1).map(|t| t.parse().unwrap()).collect();
        // Winner first: higher specificity, then the later rule.
        rules.sort_unstable_by_key(|&r| std::cmp::Reverse((specs[r - 1], r)));
        let rules: Vec<String> = rules.iter().map(|r| r.to_string()).collect();
        writeln!(out, "{}", rules.join(" ")).unwrap();
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
