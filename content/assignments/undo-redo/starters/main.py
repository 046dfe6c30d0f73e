import sys


def solve(commands: list[tuple[str, str]]) -> list[str]:
    # TODO: run the commands (name, argument; the argument is "" for UNDO, REDO and PRINT)
    # and return the text printed by each PRINT.
    return [""] * sum(1 for name, _ in commands if name == "PRINT")


def main() -> None:
    lines = sys.stdin.read().split("\n")
    q = int(lines[0])
    commands = []
    for line in lines[1 : q + 1]:
        name, _, arg = line.strip().partition(" ")
        commands.append((name, arg))
    printed = solve(commands)
    sys.stdout.write("".join(text + "\n" for text in printed))


main()
