import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    unlocks = [[] for _ in range(n + 1)]
    missing = [0] * (n + 1)
    for k in range(m):
        a, b = int(data[2 + 2 * k]), int(data[3 + 2 * k])
        unlocks[a].append(b)
        missing[b] += 1
    # Always taking the smallest available course gives the lexicographically smallest order.
    available = [c for c in range(1, n + 1) if missing[c] == 0]
    heapq.heapify(available)
    order = []
    while available:
        course = heapq.heappop(available)
        order.append(course)
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                heapq.heappush(available, nxt)
    print(" ".join(map(str, order)) if len(order) == n else "IMPOSSIBLE")


main()
