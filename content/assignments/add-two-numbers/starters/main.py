import sys


def solve(a: int, b: int) -> int:
    # TODO: return the sum of a and b.
    return 0


def main() -> None:
    a, b = map(int, sys.stdin.readline().split())
    print(solve(a, b))


main()
