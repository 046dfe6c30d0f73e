package main

import (
	"bufio"
	"os"
	"strconv"
)

// Each rule {a, b} says course a comes before course b. solve returns the lexicographically
// smallest valid order, or nil if there is none.
func solve(n int, rules [][2]int) []int {
	// TODO
	return nil
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
	n, m := next(), next()
	rules := make([][2]int, m)
	for k := range rules {
		rules[k] = [2]int{next(), next()}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	order := solve(n, rules)
	if len(order) == 0 {
		out.WriteString("IMPOSSIBLE")
	}
	for i, course := range order {
		if i > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(strconv.Itoa(course))
	}
	out.WriteByte('\n')
}
