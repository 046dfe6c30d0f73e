package main

import (
	"bufio"
	"os"
	"strconv"
)

// Command's R is 0 unless the command is COUNT.
type Command struct {
	Name string
	X, R int
}

// solve runs the commands on a set of integers in [0, 2^k) and returns the answers of HAS
// ("YES"/"NO"), COUNT and NEXT, in order.
func solve(k int, commands []Command) []string {
	// TODO
	var answers []string
	for _, c := range commands {
		if c.Name != "ADD" && c.Name != "REMOVE" {
			answers = append(answers, "NO")
		}
	}
	return answers
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	number := func() int {
		v, _ := strconv.Atoi(next())
		return v
	}
	k, q := number(), number()
	commands := make([]Command, q)
	for i := range commands {
		commands[i].Name = next()
		commands[i].X = number()
		if commands[i].Name == "COUNT" {
			commands[i].R = number()
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, line := range solve(k, commands) {
		out.WriteString(line + "\n")
	}
}
