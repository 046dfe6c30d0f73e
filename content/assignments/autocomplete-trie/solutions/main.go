package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// Node is a trie node. A term is identified by the node where it ends, which stores its text.
type Node struct {
	child      [26]*Node
	top        []*Node // the best (at most three) terms below this node, best first
	popularity int64
	term       string
}

func (n *Node) betterThan(other *Node) bool {
	if n.popularity != other.popularity {
		return n.popularity > other.popularity
	}
	return n.term < other.term
}

// updateTop is called when term just gained popularity: it can only move up in, or enter, the
// best three.
func (n *Node) updateTop(term *Node) {
	kept := n.top[:0]
	for _, t := range n.top {
		if t != term {
			kept = append(kept, t)
		}
	}
	at := 0
	for at < len(kept) && kept[at].betterThan(term) {
		at++
	}
	kept = append(kept, nil)
	copy(kept[at+1:], kept[at:])
	kept[at] = term
	n.top = kept[:min(len(kept), 3)]
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Scan()
	q, _ := strconv.Atoi(strings.TrimSpace(scanner.Text()))
	root := &Node{}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < q; i++ {
		scanner.Scan()
		fields := strings.Fields(scanner.Text())
		text := fields[1]
		if fields[0] == "ADD" {
			count, _ := strconv.ParseInt(fields[2], 10, 64)
			path := []*Node{root}
			at := root
			for _, c := range []byte(text) {
				if at.child[c-'a'] == nil {
					at.child[c-'a'] = &Node{}
				}
				at = at.child[c-'a']
				path = append(path, at)
			}
			at.term = text
			at.popularity += count
			for _, node := range path {
				node.updateTop(at)
			}
			continue
		}
		at := root
		for j := 0; j < len(text) && at != nil; j++ {
			at = at.child[text[j]-'a']
		}
		if at == nil || len(at.top) == 0 {
			out.WriteString("-\n")
			continue
		}
		for j, t := range at.top {
			if j > 0 {
				out.WriteByte(' ')
			}
			out.WriteString(t.term)
		}
		out.WriteByte('\n')
	}
}
