package main

import (
	"bufio"
	"os"
	"strconv"
)

// Bucket holds thousandths of a token as of Last, the time of the client's last request.
type Bucket struct {
	Held, Last int64
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
	full := 1000 * number()
	rate := number()
	n := int(number())
	buckets := make(map[string]*Bucket, n)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < n; i++ {
		t := number()
		client := next()
		need := 1000 * number()
		// A new client starts full at time 0, which is the same as full at its first request.
		bucket, ok := buckets[client]
		if !ok {
			bucket = &Bucket{Held: full, Last: t}
			buckets[client] = bucket
		}
		held := full
		// rate * gap can pass 2^63; a gap longer than full / rate fills the bucket anyway.
		if gap := t - bucket.Last; gap <= full/rate {
			held = min(full, bucket.Held+rate*gap)
		}
		if held >= need {
			held -= need
			out.WriteString("ALLOW " + strconv.FormatInt(held/1000, 10) + "\n")
		} else {
			out.WriteString("DENY " + strconv.FormatInt((need-held+rate-1)/rate, 10) + "\n")
		}
		bucket.Held, bucket.Last = held, t
	}
}
