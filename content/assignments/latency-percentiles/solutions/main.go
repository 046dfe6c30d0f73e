package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	word := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	n, _ := strconv.Atoi(word())
	byEndpoint := map[string][]int64{}
	for k := 0; k < n; k++ {
		endpoint := word()
		latency, _ := strconv.ParseInt(word(), 10, 64)
		byEndpoint[endpoint] = append(byEndpoint[endpoint], latency)
	}
	endpoints := make([]string, 0, len(byEndpoint))
	for endpoint := range byEndpoint {
		endpoints = append(endpoints, endpoint)
	}
	slices.Sort(endpoints)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, endpoint := range endpoints {
		latencies := byEndpoint[endpoint]
		slices.Sort(latencies)
		count := int64(len(latencies))
		fmt.Fprint(out, endpoint, " ", count)
		for _, p := range []int64{50, 90, 99} {
			rank := (p*count + 99) / 100 // nearest rank, 1-based
			fmt.Fprint(out, " ", latencies[rank-1])
		}
		fmt.Fprintf(out, " %d\n", latencies[count-1])
	}
}
