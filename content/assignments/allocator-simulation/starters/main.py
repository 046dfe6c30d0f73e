import sys


def solve(arena: int, commands: list[tuple[str, int]]) -> list[str]:
    # TODO: run the commands ("MALLOC", size) and ("FREE", address) on an arena of `arena` bytes
    # and return the lines to print: one answer per command, then the USED, FREE and
    # FRAGMENTATION lines.
    return ["NULL" for _ in commands] + ["USED 0 0", "FREE 0 0 0", "FRAGMENTATION 0"]


def main() -> None:
    data = sys.stdin.read().split()
    arena, q = int(data[0]), int(data[1])
    commands = [(data[2 + 2 * i], int(data[3 + 2 * i])) for i in range(q)]
    sys.stdout.write("".join(line + "\n" for line in solve(arena, commands)))


main()
