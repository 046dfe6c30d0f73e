use std::fmt::Write as _;
use std::io::{Read, Write};

const OVERFLOW: &str = "OVERFLOW";

/// Recursive descent that evaluates as it parses, left operand first; Err holds the answer of
/// the first step that fails.
struct Evaluator<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Evaluator<'_> {
    fn peek(&mut self) -> u8 {
        while self.text.get(self.pos) == Some(&b' ') {
            self.pos += 1;
        }
        self.text.get(self.pos).copied().unwrap_or(0)
    }

    fn expression(&mut self) -> Result<i64, &'static str> {
        let mut value = self.term()?;
        while let op @ (b'+' | b'-') = self.peek() {
            self.pos += 1;
            let right = self.term()?;
            let result = if op == b'+' { value.checked_add(right) } else { value.checked_sub(right) };
            value = result.ok_or(OVERFLOW)?;
        }
        Ok(value)
    }

    fn term(&mut self) -> Result<i64, &'static str> {
        let mut value = self.unary()?;
        while let op @ (b'*' | b'/' | b'%') = self.peek() {
            self.pos += 1;
            let right = self.unary()?;
            value = match op {
                b'*' => value.checked_mul(right).ok_or(OVERFLOW)?,
                _ if right == 0 => return Err("DIVISION BY ZERO"),
                b'/' => value.checked_div(right).ok_or(OVERFLOW)?,
                _ => value.wrapping_rem(right), // i64::MIN % -1 is 0
            };
        }
        Ok(value)
    }

    fn unary(&mut self) -> Result<i64, &'static str> {
        if self.peek() != b'-' {
            return self.primary();
        }
        self.pos += 1;
        self.unary()?.checked_neg().ok_or(OVERFLOW)
    }

    fn primary(&mut self) -> Result<i64, &'static str> {
        if self.peek() == b'(' {
            self.pos += 1;
            let value = self.expression()?;
            self.peek();
            self.pos += 1; // the closing parenthesis
            return Ok(value);
        }
        let mut value: i64 = 0;
        while let Some(&digit @ b'0'..=b'9') = self.text.get(self.pos) {
            value = value.checked_mul(10).and_then(|v| v.checked_add(i64::from(digit - b'0'))).ok_or(OVERFLOW)?;
            self.pos += 1;
        }
        Ok(value)
    }
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let n: usize = lines.next().unwrap().trim().parse().unwrap();
    let mut out = String::new();
    for line in lines.take(n) {
        match (Evaluator { text: line.as_bytes(), pos: 0 }).expression() {
            Ok(value) => writeln!(out, "{}", value).unwrap(),
            Err(answer) => writeln!(out, "{}", answer).unwrap(),
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
