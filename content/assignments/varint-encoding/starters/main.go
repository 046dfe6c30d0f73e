package main

import (
	"bufio"
	"os"
	"strconv"
)

// solve returns the line to print for one command: the varint in hex for ENCODE and
// ENCODE_ZIGZAG, the values separated by spaces (or INVALID) for DECODE and DECODE_ZIGZAG.
// argument is the number or the hex stream as it was read.
func solve(command, argument string) string {
	// TODO
	return "INVALID"
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	q, _ := strconv.Atoi(next())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < q; i++ {
		command := next()
		argument := next()
		out.WriteString(solve(command, argument) + "\n")
	}
}
