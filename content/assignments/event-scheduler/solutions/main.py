import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    # Heap of (time, creation, id, period); creation is the index of the command that made the
    # timer, which breaks ties. An entry is stale unless active[id] is still its creation.
    heap: list[tuple[int, int, int, int]] = []
    active: dict[int, int] = {}
    out = []
    pos = 1
    for creation in range(q):
        command = data[pos]
        if command == b"SCHEDULE" or command == b"EVERY":
            timer, at = int(data[pos + 1]), int(data[pos + 2])
            period = 0
            pos += 3
            if command == b"EVERY":
                period = int(data[pos])
                pos += 1
            active[timer] = creation  # replaces any timer with this id
            heapq.heappush(heap, (at, creation, timer, period))
        elif command == b"CANCEL":
            active.pop(int(data[pos + 1]), None)
            pos += 2
        else:  # ADVANCE
            now = int(data[pos + 1])
            pos += 2
            while heap and heap[0][0] <= now:
                at, made, timer, period = heapq.heappop(heap)
                if active.get(timer) != made:
                    continue
                out.append(f"{at} {timer}")
                if period:
                    heapq.heappush(heap, (at + period, made, timer, period))
                else:
                    del active[timer]
    out.append(f"PENDING {len(active)}")
    sys.stdout.write("\n".join(out) + "\n")


main()
