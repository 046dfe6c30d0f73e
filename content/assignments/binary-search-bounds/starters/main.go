package main

import (
	"bufio"
	"os"
	"strconv"
)

// Query is COUNT lo hi (IsCount, A = lo, B = hi) or FIRST x (A = x).
type Query struct {
	IsCount bool
	A, B    int64
}

// solve returns one answer per query: the count in [lo, hi], or the first index with a value
// >= x (-1 if none).
func solve(values []int64, queries []Query) []int64 {
	// TODO
	return make([]int64, len(queries))
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	word := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	number := func() int64 {
		v, _ := strconv.ParseInt(word(), 10, 64)
		return v
	}
	n, q := int(number()), int(number())
	values := make([]int64, n)
	for i := range values {
		values[i] = number()
	}
	queries := make([]Query, q)
	for k := range queries {
		queries[k].IsCount = word() == "COUNT"
		queries[k].A = number()
		if queries[k].IsCount {
			queries[k].B = number()
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, answer := range solve(values, queries) {
		out.WriteString(strconv.FormatInt(answer, 10))
		out.WriteByte('\n')
	}
}
