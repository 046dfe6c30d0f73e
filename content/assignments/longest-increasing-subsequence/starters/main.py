import sys


def solve(values: list[int]) -> int:
    # TODO: return the length of the longest strictly increasing subsequence.
    return 0


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(solve(list(map(int, data[1 : 1 + n]))))


main()
