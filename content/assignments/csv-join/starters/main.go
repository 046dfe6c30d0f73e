package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// solve receives the CSV lines of each table, header first, and returns the lines of the
// joined table, header first.
func solve(join, leftKey, rightKey string, left, right []string) []string {
	// TODO
	return nil
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	line := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	readTable := func() []string {
		rows, _ := strconv.Atoi(strings.TrimSpace(line()))
		lines := make([]string, rows+1)
		for r := range lines {
			lines[r] = line()
		}
		return lines
	}
	first := strings.Fields(line())
	left := readTable()
	right := readTable()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, row := range solve(first[0], first[1], first[2], left, right) {
		out.WriteString(row + "\n")
	}
}
