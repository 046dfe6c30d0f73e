import sys


def solve(commands: list[tuple[str, int, int, int]]) -> list[str]:
    # TODO: run the commands and return the lines to print: "time id" for every event fired,
    # then "PENDING k". A command is (name, id, time, period): time is `at` for SCHEDULE and
    # EVERY and `t` for ADVANCE; fields a command does not have are 0.
    return ["PENDING 0"]


def main() -> None:
    data = sys.stdin.read().split()
    q = int(data[0])
    commands = []
    pos = 1
    for _ in range(q):
        name = data[pos]
        if name == "SCHEDULE":
            commands.append((name, int(data[pos + 1]), int(data[pos + 2]), 0))
            pos += 3
        elif name == "EVERY":
            commands.append((name, int(data[pos + 1]), int(data[pos + 2]), int(data[pos + 3])))
            pos += 4
        elif name == "CANCEL":
            commands.append((name, int(data[pos + 1]), 0, 0))
            pos += 2
        else:
            commands.append((name, 0, int(data[pos + 1]), 0))
            pos += 2
    sys.stdout.write("".join(line + "\n" for line in solve(commands)))


main()
