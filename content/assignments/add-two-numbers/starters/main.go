package main

import (
	"bufio"
	"fmt"
	"os"
)

func solve(a, b int64) int64 {
	// TODO: return the sum of a and b.
	return 0
}

func main() {
	in := bufio.NewReader(os.Stdin)
	var a, b int64
	fmt.Fscan(in, &a, &b)
	fmt.Println(solve(a, b))
}
