package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// solve returns the minimum, maximum and average of the readings.
func solve(readings []float64) (low, high, average float64) {
	// TODO
	return 0, 0, 0
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	scanner.Scan()
	n, _ := strconv.Atoi(scanner.Text())
	readings := make([]float64, n)
	for i := range readings {
		scanner.Scan()
		readings[i], _ = strconv.ParseFloat(scanner.Text(), 64)
	}
	low, high, average := solve(readings)
	fmt.Printf("%.6f %.6f %.6f\n", low, high, average)
}
