import sys


def solve(wanted: list[str], stream: bytes) -> list[str]:
    # TODO: parse the requests of one connection (wanted holds the lowercase header names to
    # report) and return its output lines.
    return []


def main() -> None:
    data = sys.stdin.buffer.read()
    first, _, rest = data.partition(b"\n")
    wanted = [name.lower() for name in first.decode().split()[1:]]
    count, _, rest = rest.partition(b"\n")
    out = []
    for _ in range(int(count)):
        size, _, rest = rest.partition(b"\n")
        stream, rest = rest[: int(size)], rest[int(size) + 1 :]
        out.extend(solve(wanted, stream))
    sys.stdout.write("".join(line + "\n" for line in out))


main()
