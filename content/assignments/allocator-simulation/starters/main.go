package main

import (
	"bufio"
	"os"
	"strconv"
)

// Command's Value is the size for MALLOC, the address for FREE.
type Command struct {
	IsMalloc bool
	Value    int64
}

// solve returns the lines to print: one answer per command, then the USED, FREE and
// FRAGMENTATION lines.
func solve(arena int64, commands []Command) []string {
	// TODO
	lines := make([]string, 0, len(commands)+3)
	for range commands {
		lines = append(lines, "NULL")
	}
	return append(lines, "USED 0 0", "FREE 0 0 0", "FRAGMENTATION 0")
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	number := func() int64 {
		v, _ := strconv.ParseInt(next(), 10, 64)
		return v
	}
	arena := number()
	commands := make([]Command, number())
	for i := range commands {
		commands[i].IsMalloc = next() == "MALLOC"
		commands[i].Value = number()
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, line := range solve(arena, commands) {
		out.WriteString(line + "\n")
	}
}
