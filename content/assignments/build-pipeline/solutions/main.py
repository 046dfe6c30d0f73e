import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, workers = int(data[0]), int(data[1]), int(data[2])
    duration = [0] + [int(x) for x in data[3 : 3 + n]]
    dependents: list[list[int]] = [[] for _ in range(n + 1)]
    waiting_on = [0] * (n + 1)
    for k in range(3 + n, 3 + n + 2 * m, 2):
        a, b = int(data[k]), int(data[k + 1])
        dependents[a].append(b)
        waiting_on[b] += 1

    ready = [job for job in range(1, n + 1) if waiting_on[job] == 0]  # ascending: already a heap
    running: list[tuple[int, int]] = []  # (end time, job)
    start = [0] * (n + 1)
    started = 0
    free = workers
    now = 0
    while True:
        while free > 0 and ready:
            job = heapq.heappop(ready)
            start[job] = now
            heapq.heappush(running, (now + duration[job], job))
            started += 1
            free -= 1
        if not running:
            break
        now = running[0][0]
        # Every job ending now finishes before any worker is handed out again.
        while running and running[0][0] == now:
            _, job = heapq.heappop(running)
            free += 1
            for nxt in dependents[job]:
                waiting_on[nxt] -= 1
                if waiting_on[nxt] == 0:
                    heapq.heappush(ready, nxt)

    if started < n:
        sys.stdout.write("CYCLE\n")
    else:
        sys.stdout.write(f"{now}\n{' '.join(map(str, start[1:]))}\n")


main()
