package main

import (
	"bufio"
	"os"
	"strconv"
)

type Request struct {
	T      int64
	Client string
	Cost   int64
}

// Decision's Value is the whole tokens left when allowed, the milliseconds to wait when denied.
type Decision struct {
	Allowed bool
	Value   int64
}

func solve(capacity, rate int64, requests []Request) []Decision {
	// TODO
	decisions := make([]Decision, len(requests))
	for i := range decisions {
		decisions[i].Allowed = true
	}
	return decisions
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	number := func() int64 {
		v, _ := strconv.ParseInt(next(), 10, 64)
		return v
	}
	capacity, rate := number(), number()
	requests := make([]Request, number())
	for i := range requests {
		requests[i].T = number()
		requests[i].Client = next()
		requests[i].Cost = number()
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, d := range solve(capacity, rate, requests) {
		if d.Allowed {
			out.WriteString("ALLOW ")
		} else {
			out.WriteString("DENY ")
		}
		out.WriteString(strconv.FormatInt(d.Value, 10) + "\n")
	}
}
