package main

import (
	"bufio"
	"cmp"
	"os"
	"slices"
	"sort"
	"strconv"
)

// ringHash is FNV-1a 64, then the MurmurHash3 finalizer (fmix64); uint64 arithmetic wraps.
func ringHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

type point struct {
	hash    uint64
	node    string
	replica int
}

// compare is the ring order: hash, then node name, then replica number.
func compare(a, b point) int {
	return cmp.Or(cmp.Compare(a.hash, b.hash), cmp.Compare(a.node, b.node), cmp.Compare(a.replica, b.replica))
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	word := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	v, _ := strconv.Atoi(word())
	k, _ := strconv.Atoi(word())
	q, _ := strconv.Atoi(word())
	keys := make([]uint64, k)
	for i := range keys {
		keys[i] = ringHash(word())
	}
	slices.Sort(keys)
	keysUpTo := func(h uint64) int { return sort.Search(k, func(i int) bool { return keys[i] > h }) }

	var ring []point // sorted: the ring clockwise
	onRing := map[string][]point{}
	indexOf := func(p point) int {
		j, _ := slices.BinarySearchFunc(ring, p, compare)
		return j
	}
	// ownedBy counts the tracked keys a point on the ring owns: after its predecessor, up to it.
	ownedBy := func(p point) int {
		if len(ring) == 1 {
			return k
		}
		j := indexOf(p)
		if j == 0 {
			return keysUpTo(p.hash) + k - keysUpTo(ring[len(ring)-1].hash)
		}
		return keysUpTo(p.hash) - keysUpTo(ring[j-1].hash)
	}

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < q; i++ {
		command, name := word(), word()
		if command == "LOOKUP" {
			if len(ring) == 0 {
				out.WriteString("NONE\n")
				continue
			}
			h := ringHash(name)
			j := sort.Search(len(ring), func(i int) bool { return ring[i].hash >= h })
			out.WriteString(ring[j%len(ring)].node + "\n")
			continue
		}
		adding := command == "ADD"
		points, present := onRing[name]
		if adding == present { // already there, or not there to remove
			out.WriteString("0\n")
			continue
		}
		moved := 0
		if adding {
			points = make([]point, v)
			for r := range points {
				points[r] = point{ringHash(name + "#" + strconv.Itoa(r)), name, r}
			}
			onRing[name] = points
			for _, p := range points {
				ring = slices.Insert(ring, indexOf(p), p)
			}
			// The node was nowhere before, so every key it owns now has moved.
			for _, p := range points {
				moved += ownedBy(p)
			}
		} else {
			for _, p := range points {
				moved += ownedBy(p)
			}
			for _, p := range points {
				j := indexOf(p)
				ring = slices.Delete(ring, j, j+1)
			}
			delete(onRing, name)
		}
		out.WriteString(strconv.Itoa(moved) + "\n")
	}
}
