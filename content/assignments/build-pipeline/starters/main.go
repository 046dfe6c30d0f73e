package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// solve returns the makespan and the start times of jobs 1..n, or ok = false if the
// dependencies contain a cycle. durations[i-1] belongs to job i; {a, b} means b waits for a.
func solve(workers int, durations []int64, dependencies [][2]int) (makespan int64, start []int64, ok bool) {
	// TODO
	return 0, nil, false
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
	n, m, workers := next(), next(), next()
	durations := make([]int64, n)
	for i := range durations {
		durations[i] = int64(next())
	}
	dependencies := make([][2]int, m)
	for k := range dependencies {
		dependencies[k] = [2]int{next(), next()}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	makespan, start, ok := solve(workers, durations, dependencies)
	if !ok {
		out.WriteString("CYCLE\n")
		return
	}
	starts := make([]string, len(start))
	for i, s := range start {
		starts[i] = strconv.FormatInt(s, 10)
	}
	out.WriteString(strconv.FormatInt(makespan, 10) + "\n" + strings.Join(starts, " ") + "\n")
}
