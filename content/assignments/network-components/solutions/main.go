package main

import (
	"bufio"
	"os"
	"strconv"
)

type disjointSets struct {
	parent, size []int32
	components   int
}

func newDisjointSets(n int) *disjointSets {
	s := &disjointSets{parent: make([]int32, n+1), size: make([]int32, n+1), components: n}
	for k := range s.parent {
		s.parent[k] = int32(k)
		s.size[k] = 1
	}
	return s
}

func (s *disjointSets) find(x int32) int32 {
	for s.parent[x] != x {
		s.parent[x] = s.parent[s.parent[x]] // path halving
		x = s.parent[x]
	}
	return x
}

func (s *disjointSets) unite(a, b int32) {
	a, b = s.find(a), s.find(b)
	if a == b {
		return
	}
	if s.size[a] < s.size[b] {
		a, b = b, a
	}
	s.parent[b] = a // the smaller tree goes under the larger
	s.size[a] += s.size[b]
	s.components--
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	word := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	server := func() int32 {
		v, _ := strconv.Atoi(word())
		return int32(v)
	}
	n, q := server(), server()
	sets := newDisjointSets(int(n))
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := int32(0); i < q; i++ {
		switch word() {
		case "COUNT":
			out.WriteString(strconv.Itoa(sets.components) + "\n")
		case "QUERY":
			if sets.find(server()) == sets.find(server()) {
				out.WriteString("YES\n")
			} else {
				out.WriteString("NO\n")
			}
		default:
			sets.unite(server(), server())
		}
	}
}
