package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
)

type summary struct {
	service          string
	requests, errors int64
	maxLatency       int
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
	byService := map[string]*summary{}
	for k := 0; k < n; k++ {
		t, service, status, latency := number(), word(), number(), int(number())
		if t < lo || t > hi {
			continue
		}
		s := byService[service]
		if s == nil {
			s = &summary{service: service}
			byService[service] = s
		}
		s.requests++
		if status >= 500 {
			s.errors++
		}
		s.maxLatency = max(s.maxLatency, latency)
	}
	ranked := make([]*summary, 0, len(byService))
	for _, s := range byService {
		ranked = append(ranked, s)
	}
	// Exact error rate, highest first (cross products, no division); then requests; then name.
	sort.Slice(ranked, func(i, j int) bool {
		a, b := ranked[i], ranked[j]
		if left, right := a.errors*b.requests, b.errors*a.requests; left != right {
			return left > right
		}
		if a.requests != b.requests {
			return a.requests > b.requests
		}
		return a.service < b.service
	})
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, len(ranked))
	for _, s := range ranked {
		basisPoints := s.errors * 10000 / s.requests
		fmt.Fprintf(out, "%s %d %d %d.%02d %d\n", s.service, s.requests, s.errors, basisPoints/100, basisPoints%100, s.maxLatency)
	}
}
