import sys


def solve(frames: int, pages: list[int]) -> tuple[int, int, int]:
    # TODO: return the number of page faults under FIFO, LRU and OPT.
    return 0, 0, 0


def main() -> None:
    data = sys.stdin.buffer.read().split()
    frames, n = int(data[0]), int(data[1])
    pages = list(map(int, data[2 : 2 + n]))
    fifo, lru, opt = solve(frames, pages)
    sys.stdout.write(f"FIFO {fifo}\nLRU {lru}\nOPT {opt}\n")


main()
