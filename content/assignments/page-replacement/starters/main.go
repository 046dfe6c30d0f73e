package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// solve returns the number of page faults under FIFO, LRU and OPT.
func solve(frames int, pages []int) (fifo, lru, opt int) {
	// TODO
	return 0, 0, 0
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
	frames, n := next(), next()
	pages := make([]int, n)
	for i := range pages {
		pages[i] = next()
	}
	fifo, lru, opt := solve(frames, pages)
	fmt.Printf("FIFO %d\nLRU %d\nOPT %d\n", fifo, lru, opt)
}
