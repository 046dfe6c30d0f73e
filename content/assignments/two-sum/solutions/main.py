import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    # Scanning j upwards and remembering each value's first index yields the smallest j,
    # and for it the smallest i, without ever looking at a pair twice.
    first_index = {}
    for j in range(1, n + 1):
        value = int(data[1 + j])
        i = first_index.get(target - value)
        if i is not None:
            print(i, j)
            return
        first_index.setdefault(value, j)
    print(-1)


main()
