package main

import (
	"bufio"
	"os"
	"strconv"
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
	n, k := next(), next()
	values := make([]int, n)
	for i := range values {
		values[i] = next()
	}
	// window[head:]: indices whose values strictly decrease. An equal value does not push out an
	// earlier index, so the front is always the leftmost maximum.
	window := make([]int, 0, n)
	head := 0
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i, v := range values {
		for len(window) > head && values[window[len(window)-1]] < v {
			window = window[:len(window)-1]
		}
		window = append(window, i)
		if window[head] <= i-k {
			head++
		}
		if i >= k-1 {
			out.WriteString(strconv.Itoa(values[window[head]]))
			out.WriteByte(' ')
			out.WriteString(strconv.Itoa(window[head]))
			out.WriteByte('\n')
		}
	}
}
