package main

import (
	"bufio"
	"container/heap"
	"os"
	"strconv"
)

// Event is one due firing. Creation is the index of the command that made the timer, which
// breaks ties; Period 0 is a one-shot timer.
type Event struct {
	Time, Period int64
	Creation, ID int
}

type EventHeap []Event

func (h EventHeap) Len() int { return len(h) }
func (h EventHeap) Less(a, b int) bool {
	if h[a].Time != h[b].Time {
		return h[a].Time < h[b].Time
	}
	return h[a].Creation < h[b].Creation
}
func (h EventHeap) Swap(a, b int) { h[a], h[b] = h[b], h[a] }
func (h *EventHeap) Push(x any)   { *h = append(*h, x.(Event)) }
func (h *EventHeap) Pop() any {
	old := *h
	top := old[len(old)-1]
	*h = old[:len(old)-1]
	return top
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
	q := int(number())
	events := &EventHeap{}
	// An event is stale unless active[id] is still its creation.
	active := make(map[int]int)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for creation := 0; creation < q; creation++ {
		switch command := next(); command {
		case "SCHEDULE", "EVERY":
			e := Event{Creation: creation, ID: int(number()), Time: number()}
			if command == "EVERY" {
				e.Period = number()
			}
			active[e.ID] = creation // replaces any timer with this id
			heap.Push(events, e)
		case "CANCEL":
			delete(active, int(number()))
		default:
			now := number()
			for events.Len() > 0 && (*events)[0].Time <= now {
				e := heap.Pop(events).(Event)
				if current, ok := active[e.ID]; !ok || current != e.Creation {
					continue
				}
				out.WriteString(strconv.FormatInt(e.Time, 10) + " " + strconv.Itoa(e.ID) + "\n")
				if e.Period > 0 {
					e.Time += e.Period
					heap.Push(events, e)
				} else {
					delete(active, e.ID)
				}
			}
		}
	}
	out.WriteString("PENDING " + strconv.Itoa(len(active)) + "\n")
}
