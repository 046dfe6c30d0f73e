import sys


def solve(selectors: list[str], elements: list[list[int]]) -> tuple[list[tuple[int, int, int]], list[list[int]]]:
    # TODO: return the specificity (a, b, c) of every selector, and for every element its
    # matching rule numbers (1-based), winner first.
    return [(0, 0, 0) for _ in selectors], elements


def main() -> None:
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    selectors = [line.strip() for line in lines[1 : n + 1]]
    q = int(lines[n + 1])
    elements = [list(map(int, line.split()))[1:] for line in lines[n + 2 : n + 2 + q]]
    specs, orders = solve(selectors, elements)
    out = [f"{a} {b} {c}" for a, b, c in specs] + [" ".join(map(str, rules)) for rules in orders]
    sys.stdout.write("\n".join(out) + "\n")


main()
