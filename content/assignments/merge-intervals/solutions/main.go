package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
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
	n := next()
	intervals := make([][2]int, n)
	for k := range intervals {
		intervals[k] = [2]int{next(), next()}
	}
	sort.Slice(intervals, func(a, b int) bool {
		if intervals[a][0] != intervals[b][0] {
			return intervals[a][0] < intervals[b][0]
		}
		return intervals[a][1] < intervals[b][1]
	})
	merged := make([][2]int, 0, n)
	for _, iv := range intervals {
		last := len(merged) - 1
		if last >= 0 && iv[0] <= merged[last][1] {
			merged[last][1] = max(merged[last][1], iv[1])
		} else {
			merged = append(merged, iv)
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, len(merged))
	for _, iv := range merged {
		fmt.Fprintln(out, iv[0], iv[1])
	}
}
