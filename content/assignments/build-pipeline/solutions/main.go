package main

import (
	"bufio"
	"container/heap"
	"os"
	"strconv"
)

// entry orders ready jobs by number (key = job) and running jobs by end time (key = end).
type entry struct {
	key int64
	job int
}

type minHeap []entry

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].key != h[j].key {
		return h[i].key < h[j].key
	}
	return h[i].job < h[j].job
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(entry)) }
func (h *minHeap) Pop() any {
	old := *h
	last := old[len(old)-1]
	*h = old[:len(old)-1]
	return last
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
	n, m, workers := next(), next(), next()
	duration := make([]int64, n+1)
	for i := 1; i <= n; i++ {
		duration[i] = int64(next())
	}
	dependents := make([][]int, n+1)
	waitingOn := make([]int, n+1)
	for k := 0; k < m; k++ {
		a, b := next(), next()
		dependents[a] = append(dependents[a], b)
		waitingOn[b]++
	}
	ready := &minHeap{}
	for job := 1; job <= n; job++ {
		if waitingOn[job] == 0 {
			heap.Push(ready, entry{int64(job), job})
		}
	}
	running := &minHeap{}
	start := make([]int64, n+1)
	var now int64
	started, freeWorkers := 0, workers
	for {
		for freeWorkers > 0 && ready.Len() > 0 {
			job := heap.Pop(ready).(entry).job
			start[job] = now
			heap.Push(running, entry{now + duration[job], job})
			started++
			freeWorkers--
		}
		if running.Len() == 0 {
			break
		}
		now = (*running)[0].key
		// Every job ending now finishes before any worker is handed out again.
		for running.Len() > 0 && (*running)[0].key == now {
			job := heap.Pop(running).(entry).job
			freeWorkers++
			for _, dependent := range dependents[job] {
				waitingOn[dependent]--
				if waitingOn[dependent] == 0 {
					heap.Push(ready, entry{int64(dependent), dependent})
				}
			}
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if started < n {
		out.WriteString("CYCLE\n")
		return
	}
	out.WriteString(strconv.FormatInt(now, 10) + "\n")
	for job := 1; job <= n; job++ {
		out.WriteString(strconv.FormatInt(start[job], 10))
		if job < n {
			out.WriteByte(' ')
		}
	}
	out.WriteByte('\n')
}
