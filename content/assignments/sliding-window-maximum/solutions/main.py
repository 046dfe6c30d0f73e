import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    values = list(map(int, data[2 : 2 + n]))
    # Indices whose values strictly decrease from front to back. An equal value does not push
    # out an earlier index, so the front is always the leftmost maximum.
    window: deque[int] = deque()
    out = []
    for i, value in enumerate(values):
        while window and values[window[-1]] < value:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(f"{values[window[0]]} {window[0]}")
    sys.stdout.write("\n".join(out) + "\n")


main()
