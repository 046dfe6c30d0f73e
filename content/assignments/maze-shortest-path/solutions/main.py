import sys
from collections import deque


def main() -> None:
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    width = m + 2
    grid = bytearray(b"#" * width * (n + 2))
    for r in range(n):
        grid[(r + 1) * width + 1 : (r + 1) * width + 1 + m] = data[2 + r].encode()
    start, target = grid.index(b"S"), grid.index(b"T")
    dist = [-1] * len(grid)
    dist[start] = 0
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == target:
            break
        for nxt in (cell - 1, cell + 1, cell - width, cell + width):
            if grid[nxt] != 35 and dist[nxt] < 0:  # not '#', not seen
                dist[nxt] = dist[cell] + 1
                queue.append(nxt)
    print(dist[target])


main()
