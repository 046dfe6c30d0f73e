package main

import (
	"bufio"
	"os"
	"strconv"
)

type command struct {
	name, argument string // name is ADD, REMOVE or LOOKUP
}

// solve returns one line per command: for ADD and REMOVE the number of tracked keys that moved,
// for LOOKUP the owner's name or NONE. Use uint64 for the hashes.
func solve(v int, keys []string, commands []command) []string {
	// TODO
	return nil
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	word := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	v, _ := strconv.Atoi(word())
	k, _ := strconv.Atoi(word())
	q, _ := strconv.Atoi(word())
	keys := make([]string, k)
	for i := range keys {
		keys[i] = word()
	}
	commands := make([]command, q)
	for i := range commands {
		commands[i] = command{word(), word()}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, line := range solve(v, keys, commands) {
		out.WriteString(line + "\n")
	}
}
