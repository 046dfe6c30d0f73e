package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func solve(words []string) []string {
	// TODO: return the words in reverse order.
	return nil
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	line, _ := in.ReadString('\n')
	words := strings.Fields(line)
	fmt.Println(strings.Join(solve(words), " "))
}
