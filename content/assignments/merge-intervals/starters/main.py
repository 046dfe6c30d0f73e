import sys


def solve(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # TODO: return the merged intervals in increasing order of their left end.
    return []


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    intervals = [(int(data[1 + 2 * k]), int(data[2 + 2 * k])) for k in range(n)]
    merged = solve(intervals)
    out = [str(len(merged))] + [f"{l} {r}" for l, r in merged]
    sys.stdout.write("\n".join(out) + "\n")


main()
