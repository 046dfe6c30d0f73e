package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// solve returns the merged intervals ({l, r}) in increasing order of l.
func solve(intervals [][2]int) [][2]int {
	// TODO
	return nil
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
	n := next()
	intervals := make([][2]int, n)
	for k := range intervals {
		intervals[k] = [2]int{next(), next()}
	}
	merged := solve(intervals)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, len(merged))
	for _, iv := range merged {
		fmt.Fprintln(out, iv[0], iv[1])
	}
}
