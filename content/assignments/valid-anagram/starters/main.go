package main

import (
	"bufio"
	"fmt"
	"os"
)

func solve(s, t string) bool {
	// TODO: return true when t is an anagram of s.
	return false
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	var s, t string
	fmt.Fscan(in, &s, &t)
	if solve(s, t) {
		fmt.Println("YES")
	} else {
		fmt.Println("NO")
	}
}
