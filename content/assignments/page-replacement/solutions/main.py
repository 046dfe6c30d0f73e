import heapq
import sys
from collections import OrderedDict, deque


def fifo_faults(frames: int, pages: list[int]) -> int:
    resident: set[int] = set()
    arrival: deque[int] = deque()
    faults = 0
    for page in pages:
        if page in resident:
            continue
        faults += 1
        if len(resident) == frames:
            resident.discard(arrival.popleft())
        resident.add(page)
        arrival.append(page)
    return faults


def lru_faults(frames: int, pages: list[int]) -> int:
    recent: OrderedDict[int, None] = OrderedDict()  # least recently used first
    faults = 0
    for page in pages:
        if page in recent:
            recent.move_to_end(page)
            continue
        faults += 1
        if len(recent) == frames:
            recent.popitem(last=False)
        recent[page] = None
    return faults


def opt_faults(frames: int, pages: list[int]) -> int:
    n = len(pages)
    # next_use[i]: where pages[i] is referenced again, or n if never.
    next_use = [n] * n
    seen: dict[int, int] = {}
    for i in range(n - 1, -1, -1):
        next_use[i] = seen.get(pages[i], n)
        seen[pages[i]] = i
    # Max-heap of (-next use, page); an entry is stale once the page's next use has moved on.
    resident: dict[int, int] = {}
    heap: list[tuple[int, int]] = []
    faults = 0
    for i, page in enumerate(pages):
        if page not in resident:
            faults += 1
            if len(resident) == frames:
                while True:
                    use, victim = heapq.heappop(heap)
                    if resident.get(victim) == -use:
                        del resident[victim]
                        break
        resident[page] = next_use[i]
        heapq.heappush(heap, (-next_use[i], page))
    return faults


def main() -> None:
    data = sys.stdin.buffer.read().split()
    frames, n = int(data[0]), int(data[1])
    pages = list(map(int, data[2 : 2 + n]))
    print(f"FIFO {fifo_faults(frames, pages)}")
    print(f"LRU {lru_faults(frames, pages)}")
    print(f"OPT {opt_faults(frames, pages)}")


main()
