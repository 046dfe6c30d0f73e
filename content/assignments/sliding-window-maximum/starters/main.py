import sys


def solve(values: list[int], k: int) -> list[tuple[int, int]]:
    # TODO: for every window of k samples, return (its maximum, the leftmost index of it).
    return [(0, 0)] * (len(values) - k + 1)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    values = list(map(int, data[2 : 2 + n]))
    answers = solve(values, k)
    sys.stdout.write("\n".join(f"{m} {i}" for m, i in answers) + "\n")


main()
