package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// solve returns -1 and the decoded {name, value} pairs grouped by name, or the position of
// the first invalid escape and no pairs.
func solve(query string) (int, [][2]string) {
	// TODO
	return -1, nil
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Scan()
	q, _ := strconv.Atoi(strings.TrimSpace(scanner.Text()))
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for k := 0; k < q; k++ {
		scanner.Scan()
		invalidAt, pairs := solve(strings.TrimSpace(scanner.Text()))
		if invalidAt >= 0 {
			out.WriteString("INVALID " + strconv.Itoa(invalidAt) + "\n")
			continue
		}
		out.WriteString(strconv.Itoa(len(pairs)) + "\n")
		for _, pair := range pairs {
			out.WriteString(pair[0] + "=" + pair[1] + "\n")
		}
	}
}
