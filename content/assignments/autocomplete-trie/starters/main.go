package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// Command is ADD Text Count, or QUERY Text.
type Command struct {
	IsAdd bool
	Text  string
	Count int64
}

// solve returns, for every QUERY, its (at most three) terms, most popular first, ties
// alphabetical.
func solve(commands []Command) [][]string {
	// TODO
	var answers [][]string
	for _, c := range commands {
		if !c.IsAdd {
			answers = append(answers, nil)
		}
	}
	return answers
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Scan()
	q, _ := strconv.Atoi(strings.TrimSpace(scanner.Text()))
	commands := make([]Command, q)
	for i := range commands {
		scanner.Scan()
		fields := strings.Fields(scanner.Text())
		commands[i] = Command{IsAdd: fields[0] == "ADD", Text: fields[1]}
		if commands[i].IsAdd {
			commands[i].Count, _ = strconv.ParseInt(fields[2], 10, 64)
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, terms := range solve(commands) {
		if len(terms) == 0 {
			out.WriteString("-\n")
			continue
		}
		out.WriteString(strings.Join(terms, " "))
		out.WriteByte('\n')
	}
}
