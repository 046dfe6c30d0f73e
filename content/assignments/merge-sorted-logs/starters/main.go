package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

type line struct {
	t       uint64
	message string
}

type merged struct {
	t       uint64
	stream  int // counting from 1
	message string
}

// solve returns every line with its stream number, ordered by t, then stream number, keeping
// each stream's own order.
func solve(streams [][]line) []merged {
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
	k, _ := strconv.Atoi(word())
	streams := make([][]line, k)
	for s := range streams {
		m, _ := strconv.Atoi(word())
		streams[s] = make([]line, m)
		for j := range streams[s] {
			t, _ := strconv.ParseUint(word(), 10, 64)
			streams[s][j] = line{t, word()}
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, l := range solve(streams) {
		fmt.Fprintln(out, l.t, l.stream, l.message)
	}
}
