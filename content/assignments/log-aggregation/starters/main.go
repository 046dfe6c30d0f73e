package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

type logLine struct {
	t               int64
	service         string
	status, latency int
}

type summary struct {
	service          string
	requests, errors int64
	maxLatency       int
}

// solve returns a summary for every service with a line in [lo, hi], ranked by exact error
// rate (highest first), then requests (more first), then name.
func solve(lines []logLine, lo, hi int64) []summary {
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
	number := func() int64 {
		v, _ := strconv.ParseInt(word(), 10, 64)
		return v
	}
	n, lo, hi := int(number()), number(), number()
	lines := make([]logLine, n)
	for k := range lines {
		lines[k] = logLine{t: number(), service: word(), status: int(number()), latency: int(number())}
	}
	ranked := solve(lines, lo, hi)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, len(ranked))
	for _, s := range ranked {
		basisPoints := s.errors * 10000 / s.requests
		fmt.Fprintf(out, "%s %d %d %d.%02d %d\n", s.service, s.requests, s.errors, basisPoints/100, basisPoints%100, s.maxLatency)
	}
}
