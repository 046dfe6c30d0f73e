package main

import (
	"bufio"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Spec is a specificity (a, b, c).
type Spec [3]int

func (s Spec) greater(o Spec) bool {
	for i := range s {
		if s[i] != o[i] {
			return s[i] > o[i]
		}
	}
	return false
}

func (s Spec) plus(o Spec) Spec { return Spec{s[0] + o[0], s[1] + o[1], s[2] + o[2]} }

// parser is a recursive descent over one selector; only the counting matters, not the structure.
type parser struct {
	text string
	pos  int
}

func (p *parser) peek() byte {
	if p.pos < len(p.text) {
		return p.text[p.pos]
	}
	return 0
}

func (p *parser) name() string {
	start := p.pos
	for c := p.peek(); c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; c = p.peek() {
		p.pos++
	}
	return p.text[start:p.pos]
}

// selectorList reads selectors separated by commas, up to a ')' or the end, and returns the
// most specific one.
func (p *parser) selectorList() Spec {
	best := p.selector()
	for p.peek() == ',' {
		p.pos++
		if next := p.selector(); next.greater(best) {
			best = next
		}
	}
	return best
}

func (p *parser) selector() Spec {
	var s Spec
	for {
		switch ch := p.peek(); {
		case ch == ',' || ch == ')' || ch == 0:
			return s
		case strings.IndexByte(" >+~*", ch) >= 0:
			p.pos++
		case ch == '#' || ch == '.':
			p.pos++
			p.name()
			if ch == '#' {
				s[0]++
			} else {
				s[1]++
			}
		case ch == '[':
			p.skipAttribute()
			s[1]++
		case ch == ':':
			s = s.plus(p.pseudo())
		default:
			p.name()
			s[2]++
		}
	}
}

func (p *parser) skipAttribute() {
	var quote byte
	for p.pos++; quote != 0 || p.peek() != ']'; p.pos++ {
		if c := p.peek(); quote != 0 && c == quote {
			quote = 0
		} else if quote == 0 && (c == '"' || c == '\'') {
			quote = c
		}
	}
	p.pos++
}

func (p *parser) pseudo() Spec {
	p.pos++
	if p.peek() == ':' {
		p.pos++
		p.name()
		return Spec{0, 0, 1}
	}
	name := p.name()
	if p.peek() != '(' {
		switch name {
		case "before", "after", "first-line", "first-letter":
			return Spec{0, 0, 1}
		}
		return Spec{0, 1, 0}
	}
	p.pos++
	switch name {
	case "not", "is", "has", "where":
		inner := p.selectorList()
		p.pos++ // the ')'
		if name == "where" {
			return Spec{}
		}
		return inner
	}
	for p.peek() != ')' {
		p.pos++
	}
	p.pos++
	return Spec{0, 1, 0}
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
		p := parser{text: strings.TrimSpace(scanner.Text())}
		specs[i] = p.selectorList()
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
		// Winner first: higher specificity, then the later rule.
		sort.Slice(rules, func(x, y int) bool {
			r, s := rules[x], rules[y]
			if specs[r-1] != specs[s-1] {
				return specs[r-1].greater(specs[s-1])
			}
			return r > s
		})
		for j, r := range rules {
			if j > 0 {
				out.WriteByte(' ')
			}
			out.WriteString(strconv.Itoa(r))
		}
		out.WriteByte('\n')
	}
}
