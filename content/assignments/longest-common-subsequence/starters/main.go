package main

import (
	"bufio"
	"fmt"
	"os"
)

func solve(s, t string) int {
	// TODO: return the length of the longest common subsequence of s and t.
	return 0
}

func main() {
	in := bufio.NewReader(os.Stdin)
	var s, t string
	fmt.Fscan(in, &s, &t)
	fmt.Println(solve(s, t))
}
