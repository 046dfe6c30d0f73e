use std::collections::HashMap;
use std::io::{Read, Write};

/// Reads one RFC 4180 row: unquoted fields run to the next comma; quoted ones to the closing quote.
fn parse_row(line: &str) -> Vec<String> {
    let bytes = line.as_bytes();
    let mut fields = Vec::new();
    let mut i = 0;
    loop {
        if bytes.get(i) == Some(&b'"') {
            let mut value = String::new();
            i += 1;
            loop {
                let quote = i + line[i..].find('"').unwrap();
                value.push_str(&line[i..quote]);
                i = quote + 1;
                if bytes.get(i) != Some(&b'"') {
                    break;
                }
                value.push('"');
                i += 1;
            }
            fields.push(value);
        } else {
            let comma = line[i..].find(',').map_or(line.len(), |at| i + at);
            fields.push(line[i..comma].to_string());
            i = comma;
        }
        if i >= line.len() {
            return fields;
        }
        i += 1; // the comma
    }
}

fn push_row(out: &mut String, parts: [&[String]; 2]) {
    let mut comma = false;
    for value in parts.iter().flat_map(|part| part.iter()) {
        if comma {
            out.push(',');
        }
        if value.contains([',', '"']) {
            out.push('"');
            out.push_str(&value.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(value);
        }
        comma = true;
    }
    out.push('\n');
}

fn read_table<'a>(lines: &mut impl Iterator<Item = &'a str>) -> Vec<Vec<String>> {
    let rows: usize = lines.next().unwrap().trim().parse().unwrap();
    lines.take(rows + 1).map(parse_row).collect()
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.split('\n');
    let first: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    let left = read_table(&mut lines);
    let right = read_table(&mut lines);
    let li = left[0].iter().position(|name| name == first[1]).unwrap();
    let ri = right[0].iter().position(|name| name == first[2]).unwrap();
    let without_key = |row: &[String]| -> Vec<String> {
        row.iter()
            .enumerate()
            .filter(|&(j, _)| j != ri)
            .map(|(_, value)| value.clone())
            .collect()
    };

    let mut rows_by_key: HashMap<&str, Vec<Vec<String>>> = HashMap::new();
    for row in &right[1..] {
        rows_by_key.entry(row[ri].as_str()).or_default().push(without_key(row));
    }
    let unmatched = if first[0] == "LEFT" {
        vec![vec![String::new(); right[0].len() - 1]]
    } else {
        Vec::new()
    };

    let mut out = String::new();
    push_row(&mut out, [&left[0], &without_key(&right[0])]);
    for row in &left[1..] {
        for found in rows_by_key.get(row[li].as_str()).unwrap_or(&unmatched) {
            push_row(&mut out, [row, found]);
        }
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
