package main

import (
	"bufio"
	"container/heap"
	"container/list"
	"fmt"
	"os"
	"strconv"
)

func fifoFaults(frames int, pages []int) int {
	resident := map[int]bool{}
	var loaded []int // oldest load first
	faults := 0
	for _, p := range pages {
		if resident[p] {
			continue
		}
		faults++
		if len(loaded) == frames {
			delete(resident, loaded[0])
			loaded = loaded[1:]
		}
		resident[p] = true
		loaded = append(loaded, p)
	}
	return faults
}

func lruFaults(frames int, pages []int) int {
	order := list.New() // most recently used at the front
	where := map[int]*list.Element{}
	faults := 0
	for _, p := range pages {
		if e, ok := where[p]; ok {
			order.MoveToFront(e)
			continue
		}
		faults++
		if order.Len() == frames {
			delete(where, order.Remove(order.Back()).(int))
		}
		where[p] = order.PushFront(p)
	}
	return faults
}

// Entry is a resident page with its next use, in a max-heap by next use.
type Entry struct{ Use, Page int }
type MaxHeap []Entry

func (h MaxHeap) Len() int           { return len(h) }
func (h MaxHeap) Less(a, b int) bool { return h[a].Use > h[b].Use }
func (h MaxHeap) Swap(a, b int)      { h[a], h[b] = h[b], h[a] }
func (h *MaxHeap) Push(x any)        { *h = append(*h, x.(Entry)) }
func (h *MaxHeap) Pop() any {
	old := *h
	top := old[len(old)-1]
	*h = old[:len(old)-1]
	return top
}

func optFaults(frames int, pages []int) int {
	n := len(pages)
	nextUse := make([]int, n)
	seen := map[int]int{}
	for i := n - 1; i >= 0; i-- {
		if j, ok := seen[pages[i]]; ok {
			nextUse[i] = j
		} else {
			nextUse[i] = n
		}
		seen[pages[i]] = i
	}
	// An entry is stale once its page's next use has moved on.
	h := &MaxHeap{}
	residentUntil := map[int]int{}
	faults := 0
	for i, p := range pages {
		if _, ok := residentUntil[p]; !ok {
			faults++
			if len(residentUntil) == frames {
				for {
					victim := heap.Pop(h).(Entry)
					if residentUntil[victim.Page] == victim.Use {
						delete(residentUntil, victim.Page)
						break
					}
				}
			}
		}
		residentUntil[p] = nextUse[i]
		heap.Push(h, Entry{nextUse[i], p})
	}
	return faults
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int {
		scanner.Scan()
		v, _ := strconv.Atoi(scanner.Text())
		return v
	}
	frames, n := next(), next()
	pages := make([]int, n)
	for i := range pages {
		pages[i] = next()
	}
	fmt.Printf("FIFO %d\nLRU %d\nOPT %d\n", fifoFaults(frames, pages), lruFaults(frames, pages), optFaults(frames, pages))
}
