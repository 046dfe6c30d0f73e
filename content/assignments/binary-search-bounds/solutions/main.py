import sys
from bisect import bisect_left, bisect_right


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    values = list(map(int, data[2 : 2 + n]))
    out = []
    pos = 2 + n
    for _ in range(q):
        if data[pos] == b"COUNT":
            lo, hi = int(data[pos + 1]), int(data[pos + 2])
            pos += 3
            out.append(max(0, bisect_right(values, hi) - bisect_left(values, lo)))
        else:
            first = bisect_left(values, int(data[pos + 1]))
            pos += 2
            out.append(first if first < n else -1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
