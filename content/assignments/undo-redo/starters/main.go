package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// Command is TYPE, DELETE, UNDO, REDO or PRINT; Arg is "" for the last three.
type Command struct {
	Name, Arg string
}

// solve returns the text printed by each PRINT.
func solve(commands []Command) []string {
	// TODO
	var printed []string
	for _, c := range commands {
		if c.Name == "PRINT" {
			printed = append(printed, "")
		}
	}
	return printed
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Scan()
	q, _ := strconv.Atoi(strings.TrimSpace(scanner.Text()))
	commands := make([]Command, q)
	for i := range commands {
		scanner.Scan()
		commands[i].Name, commands[i].Arg, _ = strings.Cut(strings.TrimSpace(scanner.Text()), " ")
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, text := range solve(commands) {
		out.WriteString(text)
		out.WriteByte('\n')
	}
}
