package main

import (
	"bufio"
	"os"
	"strconv"
)

// solve returns the value of the expression in decimal, or "OVERFLOW", or "DIVISION BY ZERO".
func solve(expression string) string {
	// TODO
	return "0"
}

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	readLine := func() string {
		line, _ := reader.ReadString('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			line = line[:len(line)-1]
		}
		return line
	}
	n, _ := strconv.Atoi(readLine())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < n; i++ {
		out.WriteString(solve(readLine()) + "\n")
	}
}
