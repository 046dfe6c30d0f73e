import sys


def solve(values: list[int], queries: list[tuple[str, int, int]]) -> list[int]:
    # TODO: answer each query: ("COUNT", lo, hi) -> how many values lie in [lo, hi];
    # ("FIRST", x, 0) -> the first index with a value >= x, or -1.
    return [0] * len(queries)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    values = list(map(int, data[2 : 2 + n]))
    queries = []
    pos = 2 + n
    for _ in range(q):
        if data[pos] == b"COUNT":
            queries.append(("COUNT", int(data[pos + 1]), int(data[pos + 2])))
            pos += 3
        else:
            queries.append(("FIRST", int(data[pos + 1]), 0))
            pos += 2
    answers = solve(values, queries)
    sys.stdout.write("\n".join(map(str, answers)) + "\n")


main()
