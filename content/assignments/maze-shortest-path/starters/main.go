package main

import (
	"bufio"
	"fmt"
	"os"
)

// grid[r][c] is '#' for a wall, '.' for an open cell, 'S' for the start and 'T' for the target.
func solve(grid [][]byte) int {
	// TODO: return the fewest moves from S to T, or -1 if T cannot be reached.
	return -1
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
