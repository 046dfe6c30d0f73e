package main

import (
	"bufio"
	"fmt"
	"os"
)

func solve(amount int, coins []int) int {
	// TODO: return the fewest coins that add up to amount, or -1 if none do.
	return -1
}

func main() {
	in := bufio.NewReader(os.Stdin)
	var n, amount int
	fmt.Fscan(in, &n, &amount)
	coins := make([]int, n)
	for i := range coins {
		fmt.Fscan(in, &coins[i])
	}
	fmt.Println(solve(amount, coins))
}
