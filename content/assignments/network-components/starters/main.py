import sys


def solve(n: int, operations: list[tuple[str, int, int]]) -> list[str]:
    # TODO: return one line per QUERY ("YES" or "NO") and per COUNT (the number of
    # components), in order. A COUNT comes as ("COUNT", 0, 0).
    return []


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    operations = []
    pos = 2
    for _ in range(q):
        op = data[pos].decode()
        if op == "COUNT":
            operations.append((op, 0, 0))
            pos += 1
        else:
            operations.append((op, int(data[pos + 1]), int(data[pos + 2])))
            pos += 3
    answers = solve(n, operations)
    sys.stdout.write("".join(line + "\n" for line in answers))


main()
