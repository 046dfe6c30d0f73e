import sys


def solve(query: bytes) -> tuple[int, list[tuple[bytes, bytes]]]:
    # TODO: return (-1, pairs) with the decoded (name, value) pairs grouped by name, or
    # (position, []) where position is that of the first invalid escape.
    return -1, []


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    q = int(lines[0])
    out = []
    for line in lines[1 : q + 1]:
        invalid_at, pairs = solve(line.strip())
        if invalid_at >= 0:
            out.append(b"INVALID %d" % invalid_at)
        else:
            out.append(b"%d" % len(pairs))
            out.extend(name + b"=" + value for name, value in pairs)
    sys.stdout.buffer.write(b"".join(line + b"\n" for line in out))


main()
