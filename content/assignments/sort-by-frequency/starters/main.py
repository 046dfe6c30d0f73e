import sys


def solve(values: list[int]) -> list[int]:
    # TODO: return the values reordered as the statement describes.
    return []


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1 : 1 + n]))
    print(" ".join(map(str, solve(values))))


main()
