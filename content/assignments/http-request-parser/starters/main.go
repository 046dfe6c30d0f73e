package main

import (
	"bufio"
	"io"
	"os"
	"strconv"
	"strings"
)

// solve parses the requests of one connection (wanted holds the lowercase header names to
// report) and returns its output lines.
func solve(wanted []string, stream string) []string {
	// TODO
	return nil
}

func main() {
	input, _ := io.ReadAll(bufio.NewReader(os.Stdin))
	data := string(input)
	nextLine := func() string {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		return line
	}
	var wanted []string
	for _, name := range strings.Fields(nextLine())[1:] {
		wanted = append(wanted, strings.ToLower(name))
	}
	connections, _ := strconv.Atoi(strings.TrimSpace(nextLine()))
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for c := 0; c < connections; c++ {
		size, _ := strconv.Atoi(strings.TrimSpace(nextLine()))
		for _, line := range solve(wanted, data[:size]) {
			out.WriteString(line + "\n")
		}
		data = data[size+1:] // the connection's bytes and the line feed after them
	}
}
