package main

import (
	"bufio"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// A '%' followed by a non-hex character, by one character and a non-hex one, or by the end.
var badEscape = regexp.MustCompile(`%([^0-9a-fA-F]|.[^0-9a-fA-F]|.?$)`)

type group struct {
	name   string
	values []string
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
		query := strings.TrimSpace(scanner.Text())
		if bad := badEscape.FindStringIndex(query); bad != nil {
			out.WriteString("INVALID " + strconv.Itoa(bad[0]) + "\n")
			continue
		}
		// Groups in order of first appearance; groupOf maps a name to its index.
		groupOf := map[string]int{}
		var groups []group
		count := 0
		for _, segment := range strings.Split(query, "&") {
			if segment == "" {
				continue
			}
			name, value, _ := strings.Cut(segment, "=")
			// QueryUnescape turns '+' into a space; the escapes were checked above.
			name, _ = url.QueryUnescape(name)
			value, _ = url.QueryUnescape(value)
			g, ok := groupOf[name]
			if !ok {
				g = len(groups)
				groupOf[name] = g
				groups = append(groups, group{name: name})
			}
			groups[g].values = append(groups[g].values, value)
			count++
		}
		out.WriteString(strconv.Itoa(count) + "\n")
		for _, g := range groups {
			for _, value := range g.values {
				out.WriteString(g.name + "=" + value + "\n")
			}
		}
	}
}
