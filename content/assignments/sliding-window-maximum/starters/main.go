package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// WindowMax is a window's maximum and the leftmost index where it occurs.
type WindowMax struct {
	Max, Index int
}

// solve returns the WindowMax of every window of k samples, in order.
func solve(values []int, k int) []WindowMax {
	// TODO
	return make([]WindowMax, len(values)-k+1)
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int {
		scanner.Scan()
		v, _ := strconv.Atoi(scanner.Text())
		return v
	}
	n, k := next(), next()
	values := make([]int, n)
	for i := range values {
		values[i] = next()
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, w := range solve(values, k) {
		fmt.Fprintln(out, w.Max, w.Index)
	}
}
