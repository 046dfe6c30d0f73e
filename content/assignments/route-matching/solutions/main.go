package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

type node struct {
	children map[string]*node // static segment -> child
	param    *node            // one child for every parameter, whatever its name
	end      int              // the first route that ends here, or -1
	wildcard int              // the first route whose wildcard starts here, or -1
}

func newNode() *node {
	return &node{children: map[string]*node{}, end: -1, wildcard: -1}
}

func split(path string) []string {
	if path == "/" {
		return nil
	}
	return strings.Split(path[1:], "/")
}

func insert(root *node, segments []string, route int) {
	n := root
	for _, segment := range segments {
		switch segment[0] {
		case '*':
			if n.wildcard < 0 {
				n.wildcard = route
			}
			return
		case ':':
			if n.param == nil {
				n.param = newNode()
			}
			n = n.param
		default:
			child, ok := n.children[segment]
			if !ok {
				child = newNode()
				n.children[segment] = child
			}
			n = child
		}
	}
	if n.end < 0 {
		n.end = route
	}
}

// match returns the best route for path[i:] below n: static first, then parameter, then wildcard.
func match(n *node, path []string, i int) int {
	if i == len(path) {
		return n.end
	}
	if child, ok := n.children[path[i]]; ok {
		if found := match(child, path, i+1); found >= 0 {
			return found
		}
	}
	if n.param != nil {
		if found := match(n.param, path, i+1); found >= 0 {
			return found
		}
	}
	return n.wildcard
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	line := func() string {
		scanner.Scan()
		return strings.TrimSpace(scanner.Text())
	}
	n, _ := strconv.Atoi(line())
	patterns := make([]string, n)
	routeSegments := make([][]string, n)
	root := newNode()
	for r := range patterns {
		patterns[r] = line()
		routeSegments[r] = split(patterns[r])
		insert(root, routeSegments[r], r)
	}
	m, _ := strconv.Atoi(line())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for k := 0; k < m; k++ {
		path := split(line())
		route := match(root, path, 0)
		if route < 0 {
			out.WriteString("404\n")
			continue
		}
		out.WriteString(patterns[route])
		for i, segment := range routeSegments[route] {
			switch segment[0] {
			case ':':
				out.WriteString(" " + segment[1:] + "=" + path[i])
			case '*':
				out.WriteString(" " + segment[1:] + "=" + strings.Join(path[i:], "/"))
			}
		}
		out.WriteString("\n")
	}
}
