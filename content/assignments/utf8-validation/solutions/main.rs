use std::fmt::Write as _;
use std::io::{Read, Write};

/// How many bytes follow `lead` and the allowed range of the first of them (RFC 3629), or None if
/// `lead` cannot start a character. Every later byte is in 80..BF.
fn tail_of(lead: u8) -> Option<(usize, u8, u8)> {
    match lead {
        0xC2..=0xDF => Some((1, 0x80, 0xBF)),
        0xE0 => Some((2, 0xA0, 0xBF)), // below A0 would be overlong
        0xED => Some((2, 0x80, 0x9F)), // above 9F would be a surrogate
        0xE1..=0xEF => Some((2, 0x80, 0xBF)),
        0xF0 => Some((3, 0x90, 0xBF)), // below 90 would be overlong
        0xF4 => Some((3, 0x80, 0x8F)), // above 8F would be beyond U+10FFFF
        0xF1..=0xF3 => Some((3, 0x80, 0xBF)),
        _ => None,
    }
}

/// The code points, or Err with the offset where the first bad character starts.
fn decode(bytes: &[u8]) -> Result<Vec<u32>, usize> {
    let mut points = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let lead = bytes[i];
        if lead < 0x80 {
            points.push(u32::from(lead));
            i += 1;
            continue;
        }
        let (tail, mut low, mut high) = tail_of(lead).ok_or(i)?;
        if i + tail >= bytes.len() {
            return Err(i);
        }
        let mut point = u32::from(lead & (0x3F >> tail));
        for &byte in &bytes[i + 1..=i + tail] {
            if byte < low || byte > high {
                return Err(i);
            }
            point = point << 6 | u32::from(byte & 0x3F);
            (low, high) = (0x80, 0xBF);
        }
        points.push(point);
        i += 1 + tail;
    }
    Ok(points)
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for _ in 0..n {
        let hex = tokens.next().unwrap().as_bytes();
        let bytes: Vec<u8> = hex
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
            .collect();
        match decode(&bytes) {
            Err(offset) => writeln!(out, "INVALID {}", offset).unwrap(),
            Ok(points) => {
                for (k, point) in points.iter().enumerate() {
                    write!(out, "{}U+{:04X}", if k > 0 { " " } else { "" }, point).unwrap();
                }
                out.push('\n');
            }
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
