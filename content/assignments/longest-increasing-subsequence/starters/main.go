package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func solve(values []int64) int {
	// TODO: return the length of the longest strictly increasing subsequence.
	return 0
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	scanner.Scan()
	n, _ := strconv.Atoi(scanner.Text())
	values := make([]int64, n)
	for i := range values {
		scanner.Scan()
		values[i], _ = strconv.ParseInt(scanner.Text(), 10, 64)
	}
	fmt.Println(solve(values))
}
