package main

import (
	"bufio"
	"os"
	"sort"
	"strconv"
)

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
	n, q := int(number()), int(number())
	values := make([]int64, n)
	for i := range values {
		values[i] = number()
	}
	lower := func(v int64) int { return sort.Search(n, func(i int) bool { return values[i] >= v }) }
	upper := func(v int64) int { return sort.Search(n, func(i int) bool { return values[i] > v }) }
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for k := 0; k < q; k++ {
		if word() == "COUNT" {
			lo, hi := number(), number()
			out.WriteString(strconv.Itoa(max(0, upper(hi)-lower(lo))))
		} else {
			first := lower(number())
			if first == n {
				first = -1
			}
			out.WriteString(strconv.Itoa(first))
		}
		out.WriteByte('\n')
	}
}
