package main

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"strings"
)

// parseRow reads one RFC 4180 row: unquoted fields run to the next comma; quoted ones to the
// closing quote.
func parseRow(line string) []string {
	var fields []string
	i := 0
	for {
		var value strings.Builder
		if i < len(line) && line[i] == '"' {
			for i++; ; i++ {
				if line[i] != '"' {
					value.WriteByte(line[i])
				} else if i+1 < len(line) && line[i+1] == '"' {
					value.WriteByte('"')
					i++
				} else {
					i++
					break
				}
			}
		} else {
			end := strings.IndexByte(line[i:], ',')
			if end < 0 {
				end = len(line) - i
			}
			value.WriteString(line[i : i+end])
			i += end
		}
		fields = append(fields, value.String())
		if i >= len(line) {
			return fields
		}
		i++ // the comma
	}
}

func writeRow(out *bufio.Writer, parts ...[]string) {
	comma := false
	for _, part := range parts {
		for _, value := range part {
			if comma {
				out.WriteByte(',')
			}
			if strings.ContainsAny(value, ",\"") {
				out.WriteString(`"` + strings.ReplaceAll(value, `"`, `""`) + `"`)
			} else {
				out.WriteString(value)
			}
			comma = true
		}
	}
	out.WriteByte('\n')
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	line := func() string {
		scanner.Scan()
		return strings.TrimSuffix(scanner.Text(), "\r")
	}
	readTable := func() [][]string {
		rows, _ := strconv.Atoi(strings.TrimSpace(line()))
		table := make([][]string, rows+1)
		for r := range table {
			table[r] = parseRow(line())
		}
		return table
	}
	first := strings.Fields(line())
	left, right := readTable(), readTable()
	li := slices.Index(left[0], first[1])
	ri := slices.Index(right[0], first[2])
	withoutKey := func(row []string) []string {
		return slices.Concat(row[:ri], row[ri+1:])
	}

	rowsByKey := map[string][][]string{}
	for _, row := range right[1:] {
		rowsByKey[row[ri]] = append(rowsByKey[row[ri]], withoutKey(row))
	}
	var unmatched [][]string
	if first[0] == "LEFT" {
		unmatched = [][]string{make([]string, len(right[0])-1)}
	}

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	writeRow(out, left[0], withoutKey(right[0]))
	for _, row := range left[1:] {
		matches, ok := rowsByKey[row[li]]
		if !ok {
			matches = unmatched
		}
		for _, match := range matches {
			writeRow(out, row, match)
		}
	}
}
