package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// solve returns the output line of every token before the first error, and the position of
// that error (-1 if there is none).
func solve(text string) ([]string, int) {
	// TODO
	return nil, -1
}

func main() {
	input, _ := io.ReadAll(bufio.NewReader(os.Stdin))
	lines, errorAt := solve(string(input))
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, line := range lines {
		out.WriteString(line + "\n")
	}
	if errorAt >= 0 {
		fmt.Fprintf(out, "ERROR %d\n", errorAt)
	}
}
