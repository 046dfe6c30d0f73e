use std::fmt::Write as _;
use std::io::{Read, Write};

/// The varint of value as uppercase hex: seven bits per byte, low bits first, high bit = more.
fn encode(mut value: u64) -> String {
    let mut out = String::new();
    loop {
        let byte = (value & 0x7F) as u8;
        value >>= 7;
        if value == 0 {
            write!(out, "{:02X}", byte).unwrap();
            return out;
        }
        write!(out, "{:02X}", byte | 0x80).unwrap();
    }
}

/// Every varint of the hex stream, or None if one is cut off or does not fit in 64 bits.
fn decode(hex: &str) -> Option<Vec<u64>> {
    let mut values = Vec::new();
    let (mut value, mut shift) = (0u64, 0u32);
    for pair in hex.as_bytes().chunks(2) {
        let byte = u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap();
        // The tenth byte holds bit 63 only: anything above 1 would need a 65th bit.
        if shift == 63 && byte > 1 {
            return None;
        }
        value |= u64::from(byte & 0x7F) << shift;
        if byte & 0x80 != 0 {
            shift += 7;
        } else {
            values.push(value);
            value = 0;
            shift = 0;
        }
    }
    if shift == 0 {
        Some(values)
    } else {
        None
    }
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for _ in 0..q {
        let command = tokens.next().unwrap();
        let argument = tokens.next().unwrap();
        match command {
            "ENCODE" => out += &encode(argument.parse().unwrap()),
            "ENCODE_ZIGZAG" => {
                let s: i64 = argument.parse().unwrap();
                out += &encode(((s << 1) ^ (s >> 63)) as u64);
            }
            _ => match decode(argument) {
                None => out += "INVALID",
                Some(values) => {
                    let zigzag = command == "DECODE_ZIGZAG";
                    for (k, v) in values.into_iter().enumerate() {
                        if k > 0 {
                            out.push(' ');
                        }
                        if zigzag {
                            write!(out, "{}", (v >> 1) as i64 ^ -((v & 1) as i64)).unwrap();
                        } else {
                            write!(out, "{}", v).unwrap();
                        }
                    }
                }
            },
        }
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
