import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    weights = [int(x) for x in data[2 : 2 + 2 * n : 2]]
    values = [int(x) for x in data[3 : 3 + 2 * n : 2]]
    # best[i][c]: the most jobs i..n-1 can earn within c GB (best[n] is all zeros).
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        w, v, after = weights[i], values[i], best[i + 1]
        if w > capacity:
            best[i] = after[:]
            continue
        best[i] = after[:w] + [max(skip, take + v) for skip, take in zip(after[w:], after)]
    # Walking the jobs in order, taking each one whenever the rest can still reach the optimum,
    # gives the lexicographically smallest optimal set.
    chosen = []
    c = capacity
    for i in range(n):
        w = weights[i]
        if w <= c and values[i] + best[i + 1][c - w] == best[i][c]:
            chosen.append(i + 1)
            c -= w
    sys.stdout.write(f"{best[0][capacity]} {len(chosen)}\n{' '.join(map(str, chosen))}\n")


main()
