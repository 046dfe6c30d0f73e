use std::fmt::Write as _;
use std::io::{Read, Write};

const PUNCTUATION: &[u8] = b"{}[]:,";
const WHITESPACE: &[u8] = b" \t\n\r";

/// Cuts a text into tokens. `next` gives one token's output line, or Err with the position of
/// the first byte that cannot come next.
struct Tokenizer<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Tokenizer<'_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.text.get(i).copied()
    }

    fn is_digit(&self, i: usize) -> bool {
        self.at(i).is_some_and(|c| c.is_ascii_digit())
    }

    fn skip_digits(&mut self) {
        while self.is_digit(self.pos) {
            self.pos += 1;
        }
    }

    fn at_end(&mut self) -> bool {
        while self.at(self.pos).is_some_and(|c| WHITESPACE.contains(&c)) {
            self.pos += 1;
        }
        self.pos == self.text.len()
    }

    fn next(&mut self) -> Result<String, usize> {
        let (c, start) = (self.text[self.pos], self.pos);
        let line = match c {
            _ if PUNCTUATION.contains(&c) => {
                self.pos += 1;
                return Ok((c as char).to_string());
            }
            b'"' => return self.read_string(),
            b't' | b'f' | b'n' => {
                let word: &[u8] = match c {
                    b't' => b"true",
                    b'f' => b"false",
                    _ => b"null",
                };
                for &w in word {
                    if self.at(self.pos) != Some(w) {
                        return Err(self.pos.min(self.text.len()));
                    }
                    self.pos += 1;
                }
                String::new()
            }
            _ if c == b'-' || c.is_ascii_digit() => {
                self.read_number()?;
                "NUMBER ".to_string()
            }
            _ => return Err(self.pos),
        };
        // A number or literal must be followed by whitespace, punctuation or the end.
        if let Some(next) = self.at(self.pos) {
            if !WHITESPACE.contains(&next) && !PUNCTUATION.contains(&next) {
                return Err(self.pos);
            }
        }
        Ok(line + std::str::from_utf8(&self.text[start..self.pos]).unwrap())
    }

    fn read_number(&mut self) -> Result<(), usize> {
        if self.at(self.pos) == Some(b'-') {
            self.pos += 1;
        }
        if self.at(self.pos) == Some(b'0') {
            self.pos += 1;
        } else if self.is_digit(self.pos) {
            self.skip_digits();
        } else {
            return Err(self.pos);
        }
        if self.at(self.pos) == Some(b'.') {
            self.pos += 1;
            if !self.is_digit(self.pos) {
                return Err(self.pos);
            }
            self.skip_digits();
        }
        if matches!(self.at(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.at(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !self.is_digit(self.pos) {
                return Err(self.pos);
            }
            self.skip_digits();
        }
        Ok(())
    }

    fn read_string(&mut self) -> Result<String, usize> {
        let mut line = String::from("STRING \"");
        self.pos += 1;
        loop {
            let c = self.at(self.pos).ok_or(self.text.len())?;
            let code = match c {
                b'"' => break,
                b'\\' => match self.at(self.pos + 1).ok_or(self.text.len())? {
                    b'u' => {
                        for k in self.pos + 2..self.pos + 6 {
                            if !self.at(k).is_some_and(|h| h.is_ascii_hexdigit()) {
                                return Err(k.min(self.text.len()));
                            }
                        }
                        let digits = std::str::from_utf8(&self.text[self.pos + 2..self.pos + 6]).unwrap();
                        self.pos += 6;
                        u32::from_str_radix(digits, 16).unwrap()
                    }
                    letter => {
                        let code = match letter {
                            b'"' | b'\\' | b'/' => letter,
                            b'b' => 0x08,
                            b'f' => 0x0c,
                            b'n' => b'\n',
                            b'r' => b'\r',
                            b't' => b'\t',
                            _ => return Err(self.pos + 1),
                        };
                        self.pos += 2;
                        code as u32
                    }
                },
                _ if c < b' ' => return Err(self.pos), // a raw tab or line break
                _ => {
                    self.pos += 1;
                    c as u32
                }
            };
            match code {
                0x22 | 0x5c => {
                    line.push('\\');
                    line.push(code as u8 as char);
                }
                0x20..=0x7e => line.push(code as u8 as char),
                _ => write!(line, "\\u{:04x}", code).unwrap(),
            }
        }
        self.pos += 1;
        line.push('"');
        Ok(line)
    }
}

fn main() {
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input).unwrap();
    let mut tokenizer = Tokenizer { text: &input, pos: 0 };
    let mut out = String::new();
    while !tokenizer.at_end() {
        match tokenizer.next() {
            Ok(line) => {
                out.push_str(&line);
                out.push('\n');
            }
            Err(position) => {
                writeln!(out, "ERROR {}", position).unwrap();
                break;
            }
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
