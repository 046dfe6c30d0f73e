package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

const (
	punctuation   = "{}[]:,"
	whitespace    = " \t\n\r"
	escapeLetters = "\"\\/bfnrt"
	escaped       = "\"\\/\b\f\n\r\t"
)

// tokenizer cuts a text into tokens; next returns one token's output line, or the position of
// the first byte that cannot come next.
type tokenizer struct {
	text string
	pos  int
}

func (t *tokenizer) isDigit(i int) bool {
	return i < len(t.text) && t.text[i] >= '0' && t.text[i] <= '9'
}

func (t *tokenizer) at(i int, c byte) bool {
	return i < len(t.text) && t.text[i] == c
}

func (t *tokenizer) skipDigits() {
	for t.isDigit(t.pos) {
		t.pos++
	}
}

func (t *tokenizer) atEnd() bool {
	for t.pos < len(t.text) && strings.IndexByte(whitespace, t.text[t.pos]) >= 0 {
		t.pos++
	}
	return t.pos == len(t.text)
}

func (t *tokenizer) next() (line string, errorAt int) {
	c, start := t.text[t.pos], t.pos
	switch {
	case strings.IndexByte(punctuation, c) >= 0:
		t.pos++
		return string(c), -1
	case c == '"':
		return t.readString()
	case c == 't' || c == 'f' || c == 'n':
		word := map[byte]string{'t': "true", 'f': "false", 'n': "null"}[c]
		for k := 0; k < len(word); k, t.pos = k+1, t.pos+1 {
			if !t.at(t.pos, word[k]) {
				return "", min(t.pos, len(t.text))
			}
		}
		line = word
	case c == '-' || t.isDigit(t.pos):
		if errorAt := t.readNumber(); errorAt >= 0 {
			return "", errorAt
		}
		line = "NUMBER " + t.text[start:t.pos]
	default:
		return "", t.pos
	}
	// A number or literal must be followed by whitespace, punctuation or the end.
	if t.pos < len(t.text) && !strings.ContainsRune(whitespace+punctuation, rune(t.text[t.pos])) {
		return "", t.pos
	}
	return line, -1
}

func (t *tokenizer) readNumber() int {
	if t.at(t.pos, '-') {
		t.pos++
	}
	if t.at(t.pos, '0') {
		t.pos++
	} else if t.isDigit(t.pos) {
		t.skipDigits()
	} else {
		return t.pos
	}
	if t.at(t.pos, '.') {
		if t.pos++; !t.isDigit(t.pos) {
			return t.pos
		}
		t.skipDigits()
	}
	if t.at(t.pos, 'e') || t.at(t.pos, 'E') {
		t.pos++
		if t.at(t.pos, '+') || t.at(t.pos, '-') {
			t.pos++
		}
		if !t.isDigit(t.pos) {
			return t.pos
		}
		t.skipDigits()
	}
	return -1
}

func writeCanonical(line *strings.Builder, code int) {
	switch {
	case code == '"' || code == '\\':
		line.WriteByte('\\')
		line.WriteByte(byte(code))
	case code >= 0x20 && code <= 0x7e:
		line.WriteByte(byte(code))
	default:
		fmt.Fprintf(line, "\\u%04x", code)
	}
}

func (t *tokenizer) readString() (string, int) {
	var line strings.Builder
	line.WriteString(`STRING "`)
	n := len(t.text)
	for t.pos++; !t.at(t.pos, '"'); {
		if t.pos >= n {
			return "", n
		}
		c := t.text[t.pos]
		if c != '\\' {
			if c < ' ' {
				return "", t.pos // a raw tab or line break
			}
			writeCanonical(&line, int(c))
			t.pos++
			continue
		}
		if t.pos+1 >= n {
			return "", n
		}
		if simple := strings.IndexByte(escapeLetters, t.text[t.pos+1]); simple >= 0 {
			writeCanonical(&line, int(escaped[simple]))
			t.pos += 2
		} else if t.text[t.pos+1] == 'u' {
			for k := t.pos + 2; k < t.pos+6; k++ {
				if k >= n || !strings.ContainsRune("0123456789abcdefABCDEF", rune(t.text[k])) {
					return "", k
				}
			}
			code, _ := strconv.ParseUint(t.text[t.pos+2:t.pos+6], 16, 16)
			writeCanonical(&line, int(code))
			t.pos += 6
		} else {
			return "", t.pos + 1
		}
	}
	t.pos++
	line.WriteByte('"')
	return line.String(), -1
}

func main() {
	input, _ := io.ReadAll(bufio.NewReader(os.Stdin))
	t := &tokenizer{text: string(input)}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for !t.atEnd() {
		line, errorAt := t.next()
		if errorAt >= 0 {
			fmt.Fprintf(out, "ERROR %d\n", errorAt)
			return
		}
		out.WriteString(line + "\n")
	}
}
