package main

import (
	"bufio"
	"os"
	"strconv"
)

// Command is a GET (Value 0) or a PUT.
type Command struct {
	Name       string
	Key, Value int64
}

// solve returns the lines to print: each GET's value or "-1", and "EVICT key" for each eviction.
func solve(capacity int, commands []Command) []string {
	// TODO
	var lines []string
	for _, c := range commands {
		if c.Name == "GET" {
			lines = append(lines, "-1")
		}
	}
	return lines
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
	capacity := int(number())
	commands := make([]Command, number())
	for i := range commands {
		commands[i].Name = next()
		commands[i].Key = number()
		if commands[i].Name == "PUT" {
			commands[i].Value = number()
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, line := range solve(capacity, commands) {
		out.WriteString(line + "\n")
	}
}
