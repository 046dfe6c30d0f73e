package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

type operation struct {
	kind byte // 'L' (LINK), 'Q' (QUERY) or 'C' (COUNT)
	a, b int
}

// solve returns one answer per operation: for a QUERY 1 if connected and 0 if not, for a COUNT
// the number of components (LINKs need no answer).
func solve(n int, ops []operation) []int {
	// TODO
	return make([]int, len(ops))
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	word := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	number := func() int {
		v, _ := strconv.Atoi(word())
		return v
	}
	n, q := number(), number()
	ops := make([]operation, q)
	for i := range ops {
		ops[i].kind = word()[0]
		if ops[i].kind != 'C' {
			ops[i].a, ops[i].b = number(), number()
		}
	}
	answers := solve(n, ops)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i, op := range ops {
		switch {
		case op.kind == 'Q' && answers[i] == 1:
			fmt.Fprintln(out, "YES")
		case op.kind == 'Q':
			fmt.Fprintln(out, "NO")
		case op.kind == 'C':
			fmt.Fprintln(out, answers[i])
		}
	}
}
