package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Job is one queued job: the memory it needs and the credits it earns.
type Job struct {
	Memory  int
	Credits int64
}

// solve returns the maximum total credits and the lexicographically smallest optimal list of
// job numbers (jobs[i] is job i + 1), in increasing order.
func solve(capacity int, jobs []Job) (int64, []int) {
	// TODO
	return 0, nil
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
	n, capacity := next(), next()
	jobs := make([]Job, n)
	for i := range jobs {
		jobs[i] = Job{next(), int64(next())}
	}
	total, chosen := solve(capacity, jobs)
	numbers := make([]string, len(chosen))
	for j, job := range chosen {
		numbers[j] = strconv.Itoa(job)
	}
	fmt.Printf("%d %d\n%s\n", total, len(chosen), strings.Join(numbers, " "))
}
