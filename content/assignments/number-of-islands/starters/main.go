package main

import (
	"bufio"
	"fmt"
	"os"
)

// grid[r][c] is '#' for land and '.' for water.
func solve(grid [][]byte) int {
	// TODO: count the islands.
	return 0
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	var n, m int
	fmt.Fscan(in, &n, &m)
	grid := make([][]byte, n)
	for r := range grid {
		var row string
		fmt.Fscan(in, &row)
		grid[r] = []byte(row)
	}
	fmt.Println(solve(grid))
}
