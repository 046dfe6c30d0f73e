package main

import (
	"bufio"
	"io"
	"os"
	"strconv"
	"strings"
)

// writeLine writes words as one line: justified to width, or with single spaces.
func writeLine(out *bufio.Writer, words []string, width int, justify bool) {
	gaps, letters := len(words)-1, 0
	for _, w := range words {
		letters += len(w)
	}
	wide, extra := 1, 0
	if justify && gaps > 0 {
		wide, extra = (width-letters)/gaps, (width-letters)%gaps
	}
	for i, w := range words {
		out.WriteString(w)
		if i < gaps {
			spaces := wide
			if i < extra {
				spaces++
			}
			out.WriteString(strings.Repeat(" ", spaces))
		}
	}
	out.WriteByte('\n')
}

func main() {
	input, _ := io.ReadAll(bufio.NewReader(os.Stdin))
	tokens := strings.Fields(string(input))
	width, _ := strconv.Atoi(tokens[0])
	words := tokens[1:]
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	first, length := 0, 0 // the current line: words[first:i], single-spaced
	for i, w := range words {
		if i > first && length+1+len(w) > width {
			writeLine(out, words[first:i], width, true)
			first, length = i, 0
		}
		if i > first {
			length++
		}
		length += len(w)
	}
	writeLine(out, words[first:], width, false)
}
