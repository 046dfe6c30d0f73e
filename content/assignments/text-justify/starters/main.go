package main

import (
	"bufio"
	"io"
	"os"
	"strconv"
	"strings"
)

// solve returns the justified lines.
func solve(width int, words []string) []string {
	// TODO
	return []string{strings.Join(words, " ")}
}

func main() {
	input, _ := io.ReadAll(bufio.NewReader(os.Stdin))
	tokens := strings.Fields(string(input))
	width, _ := strconv.Atoi(tokens[0])
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, line := range solve(width, tokens[1:]) {
		out.WriteString(line)
		out.WriteByte('\n')
	}
}
