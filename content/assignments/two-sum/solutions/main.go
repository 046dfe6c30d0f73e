package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int64 {
		scanner.Scan()
		v, _ := strconv.ParseInt(scanner.Text(), 10, 64)
		return v
	}
	n := int(next())
	target := next()
	// Scanning j upwards and remembering each value's first index yields the smallest j,
	// and for it the smallest i.
	firstIndex := make(map[int64]int, n)
	for j := 1; j <= n; j++ {
		value := next()
		if i, ok := firstIndex[target-value]; ok {
			fmt.Println(i, j)
			return
		}
		if _, seen := firstIndex[value]; !seen {
			firstIndex[value] = j
		}
	}
	fmt.Println(-1)
}
