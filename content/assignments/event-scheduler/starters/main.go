package main

import (
	"bufio"
	"os"
	"strconv"
)

// Command's Time is `at` for SCHEDULE and EVERY and `t` for ADVANCE; fields a command does not
// have are 0.
type Command struct {
	Name         string
	ID           int
	Time, Period int64
}

// solve returns the lines to print: "time id" for every event fired, then "PENDING k".
func solve(commands []Command) []string {
	// TODO
	return []string{"PENDING 0"}
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
	commands := make([]Command, number())
	for i := range commands {
		c := &commands[i]
		c.Name = next()
		switch c.Name {
		case "ADVANCE":
			c.Time = number()
		case "CANCEL":
			c.ID = int(number())
		default:
			c.ID = int(number())
			c.Time = number()
			if c.Name == "EVERY" {
				c.Period = number()
			}
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, line := range solve(commands) {
		out.WriteString(line + "\n")
	}
}
