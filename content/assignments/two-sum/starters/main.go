package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// solve returns the 1-based pair (i, j) described in the statement; ok is false if there is none.
func solve(target int64, a []int64) (i, j int, ok bool) {
	// TODO
	return 0, 0, false
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int64 {
		scanner.Scan()
		v, _ := strconv.ParseInt(scanner.Text(), 10, 64)
		return v
	}
	n := int(next())
	target := next()
	a := make([]int64, n)
	for k := range a {
		a[k] = next()
	}
	if i, j, ok := solve(target, a); ok {
		fmt.Println(i, j)
	} else {
		fmt.Println(-1)
	}
}
