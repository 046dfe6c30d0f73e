import sys

TCHARS = frozenset(b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class BadRequest(Exception):
    """The request is malformed: the server answers 400 and closes the connection."""


def read_line(stream: bytes, pos: int) -> tuple[bytes, int]:
    """The line starting at pos without its LF (and a CR just before it), and where the next starts."""
    end = stream.find(b"\n", pos)
    if end < 0:
        raise BadRequest("incomplete request")
    line = stream[pos:end]
    return (line[:-1] if line.endswith(b"\r") else line), end + 1


def valid_request_line(line: bytes) -> bool:
    parts = line.split(b" ")
    if len(parts) != 3:
        return False
    method, target, version = parts
    return (
        method.isalpha() and method.isupper()
        and target.startswith(b"/") and all(33 <= c <= 126 for c in target)
        and version == b"HTTP/1.1"
    )


def parse_request(stream: bytes, pos: int, wanted: list[str]) -> tuple[list[str], int]:
    """Parses the request at pos; returns its output lines and where the next request starts."""
    line, pos = read_line(stream, pos)
    if not valid_request_line(line):
        raise BadRequest("bad request line")
    method, target, _ = line.decode().split(" ")
    fields: dict[str, list[str]] = {}
    length = None  # Content-Length without leading zeros
    while True:
        line, pos = read_line(stream, pos)
        if not line:
            break
        if line[0] in b" \t":
            raise BadRequest("folded header")
        name, colon, value = line.partition(b":")
        if not colon or not name or not all(c in TCHARS for c in name):
            raise BadRequest("bad header")
        key, text = name.decode().lower(), value.strip(b" \t").decode()
        if key == "content-length":
            if not text.isdigit() or (length is not None and text.lstrip("0") != length):
                raise BadRequest("bad content length")
            length = text.lstrip("0")
        fields.setdefault(key, []).append(text)
    body = int(length or "0")  # Python integers hold any number of digits
    if len(stream) - pos < body:
        raise BadRequest("incomplete request")
    out = [f"{method} {target} {body}"]
    out.extend(f"{name}: {', '.join(fields[name])}" for name in wanted if name in fields)
    return out, pos + body


def parse_connection(stream: bytes, wanted: list[str]) -> list[str]:
    out = []
    pos = 0
    try:
        while True:
            # Empty lines before a request line are skipped.
            while stream.startswith(b"\n", pos) or stream.startswith(b"\r\n", pos):
                pos = stream.index(b"\n", pos) + 1
            if pos == len(stream):
                return out
            lines, pos = parse_request(stream, pos, wanted)
            out.extend(lines)
    except BadRequest as error:
        out.append(f"400 {error}")
        return out


def main() -> None:
    data = sys.stdin.buffer.read()
    first, pos = read_line(data, 0)
    wanted = [name.lower() for name in first.decode().split()[1:]]
    count_line, pos = read_line(data, pos)
    out = []
    for _ in range(int(count_line)):
        size_line, pos = read_line(data, pos)
        size = int(size_line)
        out.extend(parse_connection(data[pos : pos + size], wanted))
        pos += size + 1  # the connection's bytes and the line feed after them
    sys.stdout.write("".join(line + "\n" for line in out))


main()
