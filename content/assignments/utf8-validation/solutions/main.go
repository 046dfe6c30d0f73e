package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
)

// tailLength returns how many bytes follow lead and the allowed range of the first of them
// (RFC 3629), or -1 if lead cannot start a character. Every later byte is in 80..BF.
func tailLength(lead byte) (tail int, low, high byte) {
	low, high = 0x80, 0xBF
	switch {
	case lead >= 0xC2 && lead <= 0xDF:
		return 1, low, high
	case lead == 0xE0:
		return 2, 0xA0, high // below A0 would be overlong
	case lead == 0xED:
		return 2, low, 0x9F // above 9F would be a surrogate
	case lead >= 0xE1 && lead <= 0xEF:
		return 2, low, high
	case lead == 0xF0:
		return 3, 0x90, high // below 90 would be overlong
	case lead == 0xF4:
		return 3, low, 0x8F // above 8F would be beyond U+10FFFF
	case lead >= 0xF1 && lead <= 0xF3:
		return 3, low, high
	}
	return -1, low, high
}

// decode returns the code points, or the offset where the first bad character starts (else -1).
func decode(bytes []byte) ([]rune, int) {
	var points []rune
	for i := 0; i < len(bytes); {
		lead := bytes[i]
		if lead < 0x80 {
			points = append(points, rune(lead))
			i++
			continue
		}
		tail, low, high := tailLength(lead)
		if tail < 0 || i+tail >= len(bytes) {
			return nil, i
		}
		point := rune(lead & (0x3F >> tail))
		for k := 1; k <= tail; k++ {
			b := bytes[i+k]
			if b < low || b > high {
				return nil, i
			}
			point = point<<6 | rune(b&0x3F)
			low, high = 0x80, 0xBF
		}
		points = append(points, point)
		i += 1 + tail
	}
	return points, -1
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	scanner.Scan()
	n, _ := strconv.Atoi(scanner.Text())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < n; i++ {
		scanner.Scan()
		bytes, _ := hex.DecodeString(scanner.Text())
		points, bad := decode(bytes)
		if bad >= 0 {
			fmt.Fprintf(out, "INVALID %d\n", bad)
			continue
		}
		for k, p := range points {
			if k > 0 {
				out.WriteByte(' ')
			}
			fmt.Fprintf(out, "U+%04X", p)
		}
		out.WriteByte('\n')
	}
}
