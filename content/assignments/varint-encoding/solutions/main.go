package main

import (
	"bufio"
	"encoding/hex"
	"os"
	"strconv"
	"strings"
)

// encode returns the varint of value as uppercase hex: seven bits per byte, low bits first,
// high bit set when another byte follows.
func encode(value uint64) string {
	var out []byte
	for value >= 0x80 {
		out = append(out, byte(value)|0x80)
		value >>= 7
	}
	out = append(out, byte(value))
	return strings.ToUpper(hex.EncodeToString(out))
}

// decode returns every varint of the stream, and false if one is cut off or needs 65 bits.
func decode(stream []byte) ([]uint64, bool) {
	var values []uint64
	var value uint64
	shift := 0
	for _, b := range stream {
		// The tenth byte holds bit 63 only: anything above 1 would need a 65th bit.
		if shift == 63 && b > 1 {
			return nil, false
		}
		value |= uint64(b&0x7F) << shift
		if b&0x80 != 0 {
			shift += 7
		} else {
			values = append(values, value)
			value, shift = 0, 0
		}
	}
	return values, shift == 0
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	q, _ := strconv.Atoi(next())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < q; i++ {
		command, argument := next(), next()
		switch command {
		case "ENCODE":
			u, _ := strconv.ParseUint(argument, 10, 64)
			out.WriteString(encode(u))
		case "ENCODE_ZIGZAG":
			s, _ := strconv.ParseInt(argument, 10, 64)
			out.WriteString(encode(uint64(s<<1) ^ uint64(s>>63)))
		default:
			stream, _ := hex.DecodeString(argument)
			values, ok := decode(stream)
			if !ok {
				out.WriteString("INVALID")
				break
			}
			for k, v := range values {
				if k > 0 {
					out.WriteByte(' ')
				}
				if command == "DECODE_ZIGZAG" {
					out.WriteString(strconv.FormatInt(int64(v>>1)^-int64(v&1), 10))
				} else {
					out.WriteString(strconv.FormatUint(v, 10))
				}
			}
		}
		out.WriteByte('\n')
	}
}
