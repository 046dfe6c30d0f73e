package main

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"slices"
	"strconv"
)

type event struct {
	user string
	t    int64
}

type session struct {
	user       string
	start, end int64
	count      int
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
		events[k] = event{word(), t}
	}
	slices.SortFunc(events, func(a, b event) int {
		return cmp.Or(cmp.Compare(a.user, b.user), cmp.Compare(a.t, b.t))
	})
	var sessions []session
	for _, e := range events {
		last := len(sessions) - 1
		// t - end cannot overflow (0 <= end <= t); end + gap could.
		if last >= 0 && sessions[last].user == e.user && e.t-sessions[last].end <= gap {
			sessions[last].end = e.t
			sessions[last].count++
		} else {
			sessions = append(sessions, session{e.user, e.t, e.t, 1})
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, len(sessions))
	for _, s := range sessions {
		fmt.Fprintln(out, s.user, s.start, s.end, s.count)
	}
}
