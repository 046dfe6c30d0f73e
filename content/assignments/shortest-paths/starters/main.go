package main

import (
	"bufio"
	"os"
	"strconv"
)

type road struct {
	u, v int
	w    int64
}

// solve returns the n shortest distances from junction 1 (-1 where unreachable).
func solve(n int, roads []road) []int64 {
	// TODO
	dist := make([]int64, n)
	for i := range dist {
		dist[i] = -1
	}
	return dist
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
	n, m := int(next()), int(next())
	roads := make([]road, m)
	for k := range roads {
		roads[k] = road{int(next()), int(next()), next()}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i, d := range solve(n, roads) {
		if i > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(strconv.FormatInt(d, 10))
	}
	out.WriteByte('\n')
}
