package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// Arena is a first-fit allocator over 8-byte granules. Segment tree: Best[size+g] holds the
// length (in granules) of the free block starting at granule g, or 0, and every inner node the
// largest in its subtree, so the first fit is the leftmost leaf that is large enough.
type Arena struct {
	bytes        int64
	granules     int
	size         int
	best         []int
	endsAt       []int  // start of the free block ending at each granule, or -1
	allocated    []int  // length of the allocated block starting at each granule
	returned     []bool // whether a MALLOC has answered each granule's address
	usedGranules int
	usedBlocks   int
}

func NewArena(bytes int64) *Arena {
	a := &Arena{bytes: bytes, granules: int(bytes / 8), size: 1}
	for a.size < a.granules {
		a.size *= 2
	}
	a.best = make([]int, 2*a.size)
	a.endsAt = make([]int, a.granules+1)
	for g := range a.endsAt {
		a.endsAt[g] = -1
	}
	a.allocated = make([]int, a.granules)
	a.returned = make([]bool, a.granules)
	a.setFreeLength(0, a.granules)
	a.endsAt[a.granules] = 0
	return a
}

func (a *Arena) setFreeLength(g, length int) {
	node := a.size + g
	a.best[node] = length
	for node /= 2; node >= 1; node /= 2 {
		larger := max(a.best[2*node], a.best[2*node+1])
		if a.best[node] == larger {
			break
		}
		a.best[node] = larger
	}
}

// Allocate returns the address of the new block, or -1 for NULL.
func (a *Arena) Allocate(request int64) int64 {
	// Compare before rounding: request + 7 overflows for the largest sizes.
	if request <= 0 || request > a.bytes {
		return -1
	}
	need := int((request + 7) / 8)
	if a.best[1] < need {
		return -1
	}
	node := 1
	for node < a.size {
		if a.best[2*node] >= need {
			node = 2 * node
		} else {
			node = 2*node + 1
		}
	}
	g, length := node-a.size, a.best[node]
	a.setFreeLength(g, 0)
	a.endsAt[g+length] = -1
	if length > need { // the rest of the block stays free
		a.setFreeLength(g+need, length-need)
		a.endsAt[g+length] = g + need
	}
	a.allocated[g] = need
	a.returned[g] = true
	a.usedGranules += need
	a.usedBlocks++
	return 8 * int64(g)
}

func (a *Arena) Release(address int64) string {
	aligned := address%8 == 0 && address < a.bytes
	g := 0
	if aligned {
		g = int(address / 8)
	}
	if !aligned || a.allocated[g] == 0 {
		if aligned && a.returned[g] {
			return "DOUBLE FREE"
		}
		return "INVALID FREE"
	}
	start, end := g, g+a.allocated[g]
	a.usedGranules -= a.allocated[g]
	a.usedBlocks--
	a.allocated[g] = 0
	if end < a.granules && a.best[a.size+end] > 0 { // merge with the free block that follows
		following := a.best[a.size+end]
		a.setFreeLength(end, 0)
		end += following
	}
	if a.endsAt[start] >= 0 { // merge with the free block that precedes
		start = a.endsAt[g]
		a.endsAt[g] = -1
	}
	a.setFreeLength(start, end-start)
	a.endsAt[end] = start
	return "OK"
}

func (a *Arena) Report() string {
	var freeBytes int64
	freeBlocks := 0
	for _, length := range a.best[a.size : a.size+a.granules] {
		if length > 0 {
			freeBytes += 8 * int64(length)
			freeBlocks++
		}
	}
	largest := 8 * int64(a.best[1])
	var fragmentation int64
	if freeBytes > 0 {
		fragmentation = 100 * (freeBytes - largest) / freeBytes
	}
	return fmt.Sprintf("USED %d %d\nFREE %d %d %d\nFRAGMENTATION %d\n", 8*a.usedGranules, a.usedBlocks, freeBytes, freeBlocks, largest, fragmentation)
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	number := func() int64 {
		v, _ := strconv.ParseInt(next(), 10, 64)
		return v
	}
	arena := NewArena(number())
	q := int(number())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < q; i++ {
		command, argument := next(), number()
		if command == "MALLOC" {
			if address := arena.Allocate(argument); address < 0 {
				out.WriteString("NULL\n")
			} else {
				out.WriteString(strconv.FormatInt(address, 10) + "\n")
			}
		} else {
			out.WriteString(arena.Release(argument) + "\n")
		}
	}
	out.WriteString(arena.Report())
}
