import sys


def solve(grid: list[str]) -> int:
    # TODO: return the fewest moves from S to T, or -1 if T cannot be reached.
    return -1


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    grid = data[2 : 2 + n]
    print(solve(grid))


main()
