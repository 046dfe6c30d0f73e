package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// Edit is a TYPE that appended Chars or a DELETE that removed them from the end.
type Edit struct {
	IsType bool
	Chars  string
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Scan()
	q, _ := strconv.Atoi(strings.TrimSpace(scanner.Text()))
	var text []byte
	var undo, redo []Edit
	apply := func(e Edit) {
		if e.IsType {
			text = append(text, e.Chars...)
		} else {
			text = text[:len(text)-len(e.Chars)]
		}
	}
	revert := func(e Edit) {
		if e.IsType {
			text = text[:len(text)-len(e.Chars)]
		} else {
			text = append(text, e.Chars...)
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < q; i++ {
		scanner.Scan()
		command, arg, _ := strings.Cut(strings.TrimSpace(scanner.Text()), " ")
		switch command {
		case "TYPE", "DELETE":
			e := Edit{IsType: command == "TYPE", Chars: arg}
			if !e.IsType {
				k, _ := strconv.Atoi(arg)
				e.Chars = string(text[len(text)-min(k, len(text)):])
			}
			apply(e)
			undo = append(undo, e)
			redo = redo[:0]
		case "UNDO":
			if len(undo) > 0 {
				e := undo[len(undo)-1]
				undo = undo[:len(undo)-1]
				revert(e)
				redo = append(redo, e)
			}
		case "REDO":
			if len(redo) > 0 {
				e := redo[len(redo)-1]
				redo = redo[:len(redo)-1]
				apply(e)
				undo = append(undo, e)
			}
		default:
			out.Write(text)
			out.WriteByte('\n')
		}
	}
}
