package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// Match is the index of the winning pattern (-1 if none) and its parameters, {name, value} in
// pattern order.
type Match struct {
	Route  int
	Params [][2]string
}

func solve(patterns, paths []string) []Match {
	// TODO
	matches := make([]Match, len(paths))
	for i := range matches {
		matches[i].Route = -1
	}
	return matches
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	line := func() string {
		scanner.Scan()
		return strings.TrimSpace(scanner.Text())
	}
	n, _ := strconv.Atoi(line())
	patterns := make([]string, n)
	for r := range patterns {
		patterns[r] = line()
	}
	m, _ := strconv.Atoi(line())
	paths := make([]string, m)
	for k := range paths {
		paths[k] = line()
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, match := range solve(patterns, paths) {
		if match.Route < 0 {
			out.WriteString("404\n")
			continue
		}
		out.WriteString(patterns[match.Route])
		for _, param := range match.Params {
			out.WriteString(" " + param[0] + "=" + param[1])
		}
		out.WriteString("\n")
	}
}
