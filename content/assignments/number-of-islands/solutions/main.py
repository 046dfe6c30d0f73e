import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    # Pad with a water border so neighbours never need bounds checks.
    width = m + 2
    land = bytearray(b"." * width * (n + 2))
    for r in range(n):
        land[(r + 1) * width + 1 : (r + 1) * width + 1 + m] = data[2 + r].encode()
    islands = 0
    for start in range(len(land)):
        if land[start] != 35:  # '#'
            continue
        islands += 1
        land[start] = 46  # '.'
        stack = [start]
        while stack:
            cell = stack.pop()
            for nxt in (cell - 1, cell + 1, cell - width, cell + width):
                if land[nxt] == 35:
                    land[nxt] = 46
                    stack.append(nxt)
    print(islands)


main()
