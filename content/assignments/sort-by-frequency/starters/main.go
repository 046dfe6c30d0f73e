package main

import (
	"bufio"
	"os"
	"strconv"
)

// solve returns the values reordered as the statement describes.
func solve(values []int64) []int64 {
	// TODO
	return nil
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
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i, v := range solve(values) {
		if i > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(strconv.FormatInt(v, 10))
	}
	out.WriteByte('\n')
}
