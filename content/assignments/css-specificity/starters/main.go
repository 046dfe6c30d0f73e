package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// Spec is a specificity (a, b, c).
type Spec [3]int

// specificity returns the specificity of one selector.
func specificity(selector string) Spec {
	// TODO
	return Spec{}
}

// orderRules reorders the matching rule numbers (1-based) of one element, winner first.
func orderRules(specs []Spec, rules []int) {
	// TODO
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Scan()
	n, _ := strconv.Atoi(strings.TrimSpace(scanner.Text()))
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	specs := make([]Spec, n)
	for i := range specs {
		scanner.Scan()
		specs[i] = specificity(strings.TrimSpace(scanner.Text()))
		out.WriteString(strconv.Itoa(specs[i][0]) + " " + strconv.Itoa(specs[i][1]) + " " + strconv.Itoa(specs[i][2]) + "\n")
	}
	scanner.Scan()
	q, _ := strconv.Atoi(strings.TrimSpace(scanner.Text()))
	for e := 0; e < q; e++ {
		scanner.Scan()
		fields := strings.Fields(scanner.Text())[1:]
		rules := make([]int, len(fields))
		for j, f := range fields {
			rules[j], _ = strconv.Atoi(f)
		}
		orderRules(specs, rules)
		for j, r := range rules {
			if j > 0 {
				out.WriteByte(' ')
			}
			out.WriteString(strconv.Itoa(r))
		}
		out.WriteByte('\n')
	}
}
