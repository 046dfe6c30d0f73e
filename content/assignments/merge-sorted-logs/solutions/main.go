package main

import (
	"bufio"
	"container/heap"
	"os"
	"strconv"
)

type line struct {
	t       uint64
	message string
}

// streamHeap holds the streams with lines left, by the timestamp of their next line, then by
// stream number.
type streamHeap struct {
	streams [][]line
	next    []int
	ids     []int
}

func (h *streamHeap) Len() int { return len(h.ids) }
func (h *streamHeap) Less(i, j int) bool {
	a, b := h.ids[i], h.ids[j]
	ta, tb := h.streams[a][h.next[a]].t, h.streams[b][h.next[b]].t
	if ta != tb {
		return ta < tb
	}
	return a < b
}
func (h *streamHeap) Swap(i, j int) { h.ids[i], h.ids[j] = h.ids[j], h.ids[i] }
func (h *streamHeap) Push(x any)    { h.ids = append(h.ids, x.(int)) }
func (h *streamHeap) Pop() any {
	last := h.ids[len(h.ids)-1]
	h.ids = h.ids[:len(h.ids)-1]
	return last
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	word := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	k, _ := strconv.Atoi(word())
	h := &streamHeap{streams: make([][]line, k), next: make([]int, k)}
	for s := range h.streams {
		m, _ := strconv.Atoi(word())
		h.streams[s] = make([]line, m)
		for j := range h.streams[s] {
			t, _ := strconv.ParseUint(word(), 10, 64)
			h.streams[s][j] = line{t, word()}
		}
		if m > 0 {
			h.ids = append(h.ids, s)
		}
	}
	heap.Init(h)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for h.Len() > 0 {
		s := h.ids[0]
		l := h.streams[s][h.next[s]]
		out.WriteString(strconv.FormatUint(l.t, 10) + " " + strconv.Itoa(s+1) + " " + l.message + "\n")
		h.next[s]++
		if h.next[s] < len(h.streams[s]) {
			heap.Fix(h, 0) // the same stream, now keyed by its next line
		} else {
			heap.Pop(h)
		}
	}
}
