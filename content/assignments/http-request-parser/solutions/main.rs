use std::collections::HashMap;
use std::io::{Read, Write};

/// Why a request is malformed: the server answers 400 and closes the connection.
type BadRequest = &'static str;

fn is_name_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&c)
}

fn valid_request_line(line: &str) -> Option<(&str, &str)> {
    let mut parts = line.split(' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    let method_ok = !method.is_empty() && method.bytes().all(|c| c.is_ascii_uppercase());
    let target_ok = target.starts_with('/') && target.bytes().all(|c| (33..=126).contains(&c));
    (parts.next().is_none() && method_ok && target_ok && version == "HTTP/1.1").then_some((method, target))
}

struct Connection<'a> {
    stream: &'a str,
    pos: usize,
}

impl<'a> Connection<'a> {
    /// The next line without its LF (and a CR just before it).
    fn read_line(&mut self) -> Result<&'a str, BadRequest> {
        let end = self.stream[self.pos..].find('\n').ok_or("incomplete request")?;
        let line = &self.stream[self.pos..self.pos + end];
        self.pos += end + 1;
        Ok(line.strip_suffix('\r').unwrap_or(line))
    }

    /// Skips the empty lines before a request line; false at the end of the connection.
    fn has_request(&mut self) -> bool {
        let rest = |c: &Self| &c.stream[c.pos..];
        while rest(self).starts_with('\n') || rest(self).starts_with("\r\n") {
            self.pos += rest(self).find('\n').unwrap() + 1;
        }
        self.pos < self.stream.len()
    }

    /// The output lines of the next request.
    fn read_request(&mut self, wanted: &[String]) -> Result<Vec<String>, BadRequest> {
        let (method, target) = valid_request_line(self.read_line()?).ok_or("bad request line")?;
        let mut fields: HashMap<String, Vec<&str>> = HashMap::new();
        let mut length: Option<&str> = None; // Content-Length without leading zeros
        loop {
            let line = self.read_line()?;
            if line.is_empty() {
                break;
            }
            if line.starts_with([' ', '\t']) {
                return Err("folded header");
            }
            let (name, value) = line.split_once(':').ok_or("bad header")?;
            if name.is_empty() || !name.bytes().all(is_name_char) {
                return Err("bad header");
            }
            let (name, value) = (name.to_ascii_lowercase(), value.trim_matches([' ', '\t']));
            if name == "content-length" {
                let stripped = value.trim_start_matches('0');
                let all_digits = !value.is_empty() && value.bytes().all(|c| c.is_ascii_digit());
                if !all_digits || length.is_some_and(|earlier| earlier != stripped) {
                    return Err("bad content length");
                }
                length = Some(stripped);
            }
            fields.entry(name).or_default().push(value);
        }
        // More than 18 digits is more than any connection holds (and more than fits in 64 bits).
        let length = length.unwrap_or("");
        let body: u64 = if length.is_empty() || length.len() > 18 {
            0
        } else {
            length.parse().unwrap()
        };
        if length.len() > 18 || body > (self.stream.len() - self.pos) as u64 {
            return Err("incomplete request");
        }
        self.pos += body as usize;
        let mut out = vec![format!("{} {} {}", method, target, body)];
        for name in wanted {
            if let Some(values) = fields.get(name) {
                out.push(format!("{}: {}", name, values.join(", ")));
            }
        }
        Ok(out)
    }
}

fn main() {
    let mut data = Vec::new();
    std::io::stdin().read_to_end(&mut data).unwrap();
    // Every byte is ASCII, so the input is valid UTF-8 and byte offsets are string offsets.
    let text = String::from_utf8(data).unwrap();
    let mut input = Connection { stream: &text, pos: 0 };
    let wanted: Vec<String> = input
        .read_line()
        .unwrap()
        .split_whitespace()
        .skip(1)
        .map(|n| n.to_ascii_lowercase())
        .collect();
    let connections: usize = input.read_line().unwrap().trim().parse().unwrap();
    let mut out = String::new();
    for _ in 0..connections {
        let size: usize = input.read_line().unwrap().trim().parse().unwrap();
        let mut connection = Connection {
            stream: &text[input.pos..input.pos + size],
            pos: 0,
        };
        input.pos += size + 1; // the connection's bytes and the line feed after them
        while connection.has_request() {
            match connection.read_request(&wanted) {
                Ok(lines) => lines.iter().for_each(|line| {
                    out.push_str(line);
                    out.push('\n');
                }),
                Err(reason) => {
                    out.push_str(&format!("400 {}\n", reason));
                    break;
                }
            }
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
