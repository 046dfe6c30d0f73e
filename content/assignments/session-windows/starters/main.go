package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

type event struct {
	t    int64
	user string
}

type session struct {
	user       string
	start, end int64
	count      int
}

// solve returns every session, ordered by user, then start.
func solve(events []event, gap int64) []session {
	// TODO
	return nil
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	word := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	n, _ := strconv.Atoi(word())
	gap, _ := strconv.ParseInt(word(), 10, 64)
	events := make([]event, n)
	for k := range events {
		t, _ := strconv.ParseInt(word(), 10, 64)
		events[k] = event{t, word()}
	}
	sessions := solve(events, gap)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, len(sessions))
	for _, s := range sessions {
		fmt.Fprintln(out, s.user, s.start, s.end, s.count)
	}
}
