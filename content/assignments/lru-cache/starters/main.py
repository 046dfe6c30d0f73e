import sys


def solve(capacity: int, commands: list[tuple[str, int, int]]) -> list[str]:
    # TODO: run the commands (name, key, value; the value is 0 for GET) and return the lines
    # to print: each GET's value or "-1", and "EVICT key" for each eviction.
    return ["-1" for name, _, _ in commands if name == "GET"]


def main() -> None:
    data = sys.stdin.read().split()
    capacity, q = int(data[0]), int(data[1])
    commands = []
    pos = 2
    for _ in range(q):
        if data[pos] == "GET":
            commands.append(("GET", int(data[pos + 1]), 0))
            pos += 2
        else:
            commands.append(("PUT", int(data[pos + 1]), int(data[pos + 2])))
            pos += 3
    lines = solve(capacity, commands)
    sys.stdout.write("".join(line + "\n" for line in lines))


main()
