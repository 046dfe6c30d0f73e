package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int {
		scanner.Scan()
		v, _ := strconv.Atoi(scanner.Text())
		return v
	}
	n, capacity := next(), next()
	weight, value := make([]int, n), make([]int64, n)
	for i := range weight {
		weight[i], value[i] = next(), int64(next())
	}
	// best[i][c]: the most jobs i..n-1 can earn within c GB; best[n] is all zeros.
	best := make([][]int64, n+1)
	best[n] = make([]int64, capacity+1)
	for i := n - 1; i >= 0; i-- {
		best[i] = make([]int64, capacity+1)
		for c := range best[i] {
			best[i][c] = best[i+1][c]
			if weight[i] <= c {
				best[i][c] = max(best[i][c], best[i+1][c-weight[i]]+value[i])
			}
		}
	}
	// Taking each job, in order, whenever the rest can still reach the optimum gives the
	// lexicographically smallest optimal set.
	var chosen []string
	for i, c := 0, capacity; i < n; i++ {
		if weight[i] <= c && value[i]+best[i+1][c-weight[i]] == best[i][c] {
			chosen = append(chosen, strconv.Itoa(i+1))
			c -= weight[i]
		}
	}
	fmt.Printf("%d %d\n%s\n", best[0][capacity], len(chosen), strings.Join(chosen, " "))
}
