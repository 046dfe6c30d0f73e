package main

import (
	"bufio"
	"math/bits"
	"os"
	"strconv"
)

// BitSet holds integers in [0, 2^k): bit x % 64 of Words[x / 64] is set when x is a member.
type BitSet struct {
	Words []uint64
}

func (s *BitSet) Add(x int)      { s.Words[x>>6] |= 1 << (x & 63) }
func (s *BitSet) Remove(x int)   { s.Words[x>>6] &^= 1 << (x & 63) }
func (s *BitSet) Has(x int) bool { return s.Words[x>>6]>>(x&63)&1 == 1 }

func (s *BitSet) Count(l, r int) int {
	first, last := l>>6, r>>6
	fromL, toR := ^uint64(0)<<(l&63), ^uint64(0)>>(63-r&63)
	if first == last {
		return bits.OnesCount64(s.Words[first] & fromL & toR)
	}
	total := bits.OnesCount64(s.Words[first]&fromL) + bits.OnesCount64(s.Words[last]&toR)
	for _, w := range s.Words[first+1 : last] {
		total += bits.OnesCount64(w)
	}
	return total
}

// Next looks at the rest of x's own word, then at whole words until one is not empty.
func (s *BitSet) Next(x int) int {
	word := x >> 6
	rest := s.Words[word] & (^uint64(0) << (x & 63))
	for rest == 0 && word+1 < len(s.Words) {
		word++
		rest = s.Words[word]
	}
	if rest == 0 {
		return -1
	}
	return word*64 + bits.TrailingZeros64(rest)
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	number := func() int {
		v, _ := strconv.Atoi(next())
		return v
	}
	k, q := number(), number()
	set := BitSet{Words: make([]uint64, ((1<<k)+63)/64)}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < q; i++ {
		command, x := next(), number()
		switch command {
		case "ADD":
			set.Add(x)
		case "REMOVE":
			set.Remove(x)
		case "HAS":
			if set.Has(x) {
				out.WriteString("YES\n")
			} else {
				out.WriteString("NO\n")
			}
		case "COUNT":
			out.WriteString(strconv.Itoa(set.Count(x, number())) + "\n")
		default:
			out.WriteString(strconv.Itoa(set.Next(x)) + "\n")
		}
	}
}
