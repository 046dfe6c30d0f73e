import sys


def solve(n: int, rules: list[tuple[int, int]]) -> list[int]:
    # TODO: return the lexicographically smallest valid order, or [] if there is none.
    return []


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    rules = [(int(data[2 + 2 * k]), int(data[3 + 2 * k])) for k in range(m)]
    order = solve(n, rules)
    print(" ".join(map(str, order)) if order else "IMPOSSIBLE")


main()
