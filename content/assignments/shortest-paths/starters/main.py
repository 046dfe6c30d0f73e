import sys


def solve(n: int, roads: list[tuple[int, int, int]]) -> list[int]:
    # TODO: return the n shortest distances from junction 1 (-1 where unreachable).
    return [-1] * n


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    roads = [(int(data[2 + 3 * k]), int(data[3 + 3 * k]), int(data[4 + 3 * k])) for k in range(m)]
    print(" ".join(map(str, solve(n, roads))))


main()
