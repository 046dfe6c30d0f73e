import sys


def solve(streams: list[list[tuple[int, str]]]) -> list[tuple[int, int, str]]:
    # TODO: merge the streams; return (t, stream number counting from 1, message) for every
    # line, ordered by t, then stream number, keeping each stream's own order.
    return []


def main() -> None:
    tokens = sys.stdin.buffer.read().split()
    k = int(tokens[0])
    streams = []
    pos = 1
    for _ in range(k):
        m = int(tokens[pos])
        streams.append([(int(tokens[pos + 1 + 2 * j]), tokens[pos + 2 + 2 * j].decode()) for j in range(m)])
        pos += 1 + 2 * m
    merged = solve(streams)
    sys.stdout.write("".join(f"{t} {s} {message}\n" for t, s, message in merged))


main()
