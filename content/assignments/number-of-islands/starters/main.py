import sys


def solve(grid: list[str]) -> int:
    # TODO: count the islands ('#' cells connected up, down, left or right).
    return 0


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    grid = data[2 : 2 + n]
    print(solve(grid))


main()
