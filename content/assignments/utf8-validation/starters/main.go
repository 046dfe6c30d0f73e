package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
)

// solve returns the code points of bytes and -1 if it is well-formed UTF-8, otherwise the offset
// where the first character that is not well-formed starts.
func solve(bytes []byte) ([]rune, int) {
	// TODO
	return nil, 0
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	scanner.Scan()
	n, _ := strconv.Atoi(scanner.Text())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < n; i++ {
		scanner.Scan()
		bytes, _ := hex.DecodeString(scanner.Text())
		points, bad := solve(bytes)
		if bad >= 0 {
			fmt.Fprintf(out, "INVALID %d\n", bad)
			continue
		}
		for k, p := range points {
			if k > 0 {
				out.WriteByte(' ')
			}
			fmt.Fprintf(out, "U+%04X", p)
		}
		out.WriteByte('\n')
	}
}
