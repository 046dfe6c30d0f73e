import heapq
import sys


def main() -> None:
    tokens = sys.stdin.buffer.read().split()
    k = int(tokens[0])
    streams: list[list[tuple[int, bytes]]] = []
    pos = 1
    for _ in range(k):
        m = int(tokens[pos])
        streams.append([(int(tokens[pos + 1 + 2 * j]), tokens[pos + 2 + 2 * j]) for j in range(m)])
        pos += 1 + 2 * m
    # One entry per non-empty stream: (timestamp of its next line, stream index, line index).
    heap = [(lines[0][0], s, 0) for s, lines in enumerate(streams) if lines]
    heapq.heapify(heap)
    out = []
    while heap:
        t, s, j = heap[0]
        out.append(f"{t} {s + 1} {streams[s][j][1].decode()}")
        if j + 1 < len(streams[s]):
            heapq.heapreplace(heap, (streams[s][j + 1][0], s, j + 1))
        else:
            heapq.heappop(heap)
    sys.stdout.write("\n".join(out) + "\n")


main()
