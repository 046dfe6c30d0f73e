package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
)

var (
	requestLine = regexp.MustCompile(`^([A-Z]+) (/[\x21-\x7e]*) HTTP/1\.1$`)
	fieldName   = regexp.MustCompile("^[!#$%&'*+\\-.^_`|~0-9A-Za-z]+$")
	digits      = regexp.MustCompile(`^[0-9]+$`)
)

// badRequest means the request is malformed: the server answers 400 and closes the connection.
type badRequest struct{ reason string }

func (e badRequest) Error() string { return e.reason }

type connection struct {
	stream string
	pos    int
}

// readLine returns the next line without its LF (and a CR just before it).
func (c *connection) readLine() (string, error) {
	end := strings.IndexByte(c.stream[c.pos:], '\n')
	if end < 0 {
		return "", badRequest{"incomplete request"}
	}
	line := c.stream[c.pos : c.pos+end]
	c.pos += end + 1
	return strings.TrimSuffix(line, "\r"), nil
}

// hasRequest skips the empty lines before a request line; false at the end of the connection.
func (c *connection) hasRequest() bool {
	for strings.HasPrefix(c.stream[c.pos:], "\n") || strings.HasPrefix(c.stream[c.pos:], "\r\n") {
		c.pos += strings.IndexByte(c.stream[c.pos:], '\n') + 1
	}
	return c.pos < len(c.stream)
}

// readRequest returns the output lines of the next request.
func (c *connection) readRequest(wanted []string) ([]string, error) {
	line, err := c.readLine()
	if err != nil {
		return nil, err
	}
	request := requestLine.FindStringSubmatch(line)
	if request == nil {
		return nil, badRequest{"bad request line"}
	}
	fields := map[string][]string{}
	length, hasLength := "", false // Content-Length without leading zeros
	for {
		if line, err = c.readLine(); err != nil {
			return nil, err
		}
		if line == "" {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			return nil, badRequest{"folded header"}
		}
		name, value, found := strings.Cut(line, ":")
		if !found || !fieldName.MatchString(name) {
			return nil, badRequest{"bad header"}
		}
		name, value = strings.ToLower(name), strings.Trim(value, " \t")
		if name == "content-length" {
			stripped := strings.TrimLeft(value, "0")
			if !digits.MatchString(value) || (hasLength && stripped != length) {
				return nil, badRequest{"bad content length"}
			}
			length, hasLength = stripped, true
		}
		fields[name] = append(fields[name], value)
	}
	// More than 18 digits is more than any connection holds (and more than fits in 64 bits).
	var body int64
	if len(length) <= 18 && length != "" {
		body, _ = strconv.ParseInt(length, 10, 64)
	}
	if len(length) > 18 || body > int64(len(c.stream)-c.pos) {
		return nil, badRequest{"incomplete request"}
	}
	c.pos += int(body)
	out := []string{request[1] + " " + request[2] + " " + strconv.FormatInt(body, 10)}
	for _, name := range wanted {
		if values, ok := fields[name]; ok {
			out = append(out, name+": "+strings.Join(values, ", "))
		}
	}
	return out, nil
}

func main() {
	data, _ := io.ReadAll(bufio.NewReader(os.Stdin))
	input := &connection{stream: string(data)}
	first, _ := input.readLine()
	var wanted []string
	for _, name := range strings.Fields(first)[1:] {
		wanted = append(wanted, strings.ToLower(name))
	}
	countLine, _ := input.readLine()
	connections, _ := strconv.Atoi(strings.TrimSpace(countLine))
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < connections; i++ {
		sizeLine, _ := input.readLine()
		size, _ := strconv.Atoi(strings.TrimSpace(sizeLine))
		c := &connection{stream: input.stream[input.pos : input.pos+size]}
		input.pos += size + 1 // the connection's bytes and the line feed after them
		for c.hasRequest() {
			lines, err := c.readRequest(wanted)
			var bad badRequest
			if errors.As(err, &bad) {
				out.WriteString("400 " + bad.reason + "\n")
				break
			}
			for _, line := range lines {
				out.WriteString(line + "\n")
			}
		}
	}
}
