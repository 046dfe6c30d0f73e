package main

import (
	"bufio"
	"math"
	"os"
	"strconv"
)

// Evaluator is a recursive descent that evaluates as it parses, left operand first. Once a step
// fails, Failure holds the answer and every method returns at once.
type Evaluator struct {
	Text    string
	Pos     int
	Failure string
}

func (e *Evaluator) peek() byte {
	for e.Pos < len(e.Text) && e.Text[e.Pos] == ' ' {
		e.Pos++
	}
	if e.Pos < len(e.Text) {
		return e.Text[e.Pos]
	}
	return 0
}

func (e *Evaluator) fail(answer string) int64 {
	e.Failure = answer
	return 0
}

func (e *Evaluator) Expression() int64 {
	value := e.term()
	for e.Failure == "" {
		op := e.peek()
		if op != '+' && op != '-' {
			return value
		}
		e.Pos++
		right := e.term()
		if e.Failure != "" {
			break
		}
		result := value + right
		// Signed overflow shows as a result whose sign matches neither operand (for +), or
		// operands of unlike signs whose difference has lost the sign of the first one (for -).
		overflow := (value^result)&(right^result) < 0
		if op == '-' {
			result = value - right
			overflow = (value^right)&(value^result) < 0
		}
		if overflow {
			return e.fail("OVERFLOW")
		}
		value = result
	}
	return 0
}

func (e *Evaluator) term() int64 {
	value := e.unary()
	for e.Failure == "" {
		op := e.peek()
		if op != '*' && op != '/' && op != '%' {
			return value
		}
		e.Pos++
		right := e.unary()
		switch {
		case e.Failure != "":
		case op == '*':
			product := value * right
			if value != 0 && (product/value != right || (value == -1 && right == math.MinInt64)) {
				return e.fail("OVERFLOW")
			}
			value = product
		case right == 0:
			return e.fail("DIVISION BY ZERO")
		case op == '/' && value == math.MinInt64 && right == -1:
			return e.fail("OVERFLOW")
		case op == '/':
			value /= right
		default:
			value %= right // Go defines math.MinInt64 % -1 as 0
		}
	}
	return 0
}

func (e *Evaluator) unary() int64 {
	if e.peek() != '-' {
		return e.primary()
	}
	e.Pos++
	value := e.unary()
	if value == math.MinInt64 {
		return e.fail("OVERFLOW")
	}
	return -value
}

func (e *Evaluator) primary() int64 {
	if e.peek() == '(' {
		e.Pos++
		value := e.Expression()
		e.peek()
		e.Pos++ // the closing parenthesis
		return value
	}
	var value int64
	for ; e.Pos < len(e.Text) && e.Text[e.Pos] >= '0' && e.Text[e.Pos] <= '9'; e.Pos++ {
		digit := int64(e.Text[e.Pos] - '0')
		if value > (math.MaxInt64-digit)/10 {
			return e.fail("OVERFLOW")
		}
		value = value*10 + digit
	}
	return value
}

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	readLine := func() string {
		line, _ := reader.ReadString('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			line = line[:len(line)-1]
		}
		return line
	}
	n, _ := strconv.Atoi(readLine())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < n; i++ {
		e := Evaluator{Text: readLine()}
		value := e.Expression()
		if e.Failure != "" {
			out.WriteString(e.Failure + "\n")
		} else {
			out.WriteString(strconv.FormatInt(value, 10) + "\n")
		}
	}
}
