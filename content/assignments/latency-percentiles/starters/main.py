import sys


def solve(requests: list[tuple[str, int]]) -> list[tuple[str, int, int, int, int, int]]:
    # TODO: return (endpoint, count, p50, p90, p99, max) for every endpoint, in increasing
    # order of the endpoint name, using nearest-rank percentiles.
    return []


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    requests = [(data[k].decode(), int(data[k + 1])) for k in range(1, 2 * n + 1, 2)]
    rows = solve(requests)
    sys.stdout.write("".join(" ".join(map(str, row)) + "\n" for row in rows))


main()
