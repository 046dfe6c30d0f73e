package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

type request struct {
	endpoint string
	latency  int64
}

type row struct {
	endpoint                  string
	count, p50, p90, p99, max int64
}

// solve returns one row per endpoint, in increasing order of its name, with nearest-rank percentiles.
func solve(requests []request) []row {
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
	n, _ := strconv.Atoi(word())
	requests := make([]request, n)
	for k := range requests {
		endpoint := word()
		latency, _ := strconv.ParseInt(word(), 10, 64)
		requests[k] = request{endpoint, latency}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, r := range solve(requests) {
		fmt.Fprintln(out, r.endpoint, r.count, r.p50, r.p90, r.p99, r.max)
	}
}
