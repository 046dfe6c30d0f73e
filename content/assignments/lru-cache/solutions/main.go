package main

import (
	"bufio"
	"container/list"
	"os"
	"strconv"
)

type entry struct {
	key, value int64
}

// LRUCache keeps its entries in order of use, least recent at the front; byKey finds a key's
// element in O(1).
type LRUCache struct {
	capacity int
	order    *list.List
	byKey    map[int64]*list.Element
}

func (c *LRUCache) Get(key int64) (int64, bool) {
	e, ok := c.byKey[key]
	if !ok {
		return 0, false
	}
	c.order.MoveToBack(e)
	return e.Value.(*entry).value, true
}

// Put returns the evicted key and true when it had to make room.
func (c *LRUCache) Put(key, value int64) (int64, bool) {
	if e, ok := c.byKey[key]; ok {
		e.Value.(*entry).value = value
		c.order.MoveToBack(e)
		return 0, false
	}
	var evicted int64
	evicts := c.order.Len() == c.capacity
	if evicts {
		oldest := c.order.Front()
		evicted = oldest.Value.(*entry).key
		c.order.Remove(oldest)
		delete(c.byKey, evicted)
	}
	c.byKey[key] = c.order.PushBack(&entry{key, value})
	return evicted, evicts
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
	capacity := int(number())
	q := int(number())
	cache := &LRUCache{capacity: capacity, order: list.New(), byKey: make(map[int64]*list.Element, capacity)}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < q; i++ {
		command := next()
		key := number()
		if command == "GET" {
			if value, ok := cache.Get(key); ok {
				out.WriteString(strconv.FormatInt(value, 10) + "\n")
			} else {
				out.WriteString("-1\n")
			}
		} else if evicted, ok := cache.Put(key, number()); ok {
			out.WriteString("EVICT " + strconv.FormatInt(evicted, 10) + "\n")
		}
	}
}
