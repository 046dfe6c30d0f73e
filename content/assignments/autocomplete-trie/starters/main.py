import sys


def solve(commands: list[tuple[str, str, int]]) -> list[list[str]]:
    # TODO: commands are ("ADD", word, count) or ("QUERY", prefix, 0). For every QUERY, return
    # its (at most three) terms, most popular first, ties alphabetical.
    return [[] for name, _, _ in commands if name == "QUERY"]


def main() -> None:
    lines = sys.stdin.read().split("\n")
    q = int(lines[0])
    commands = []
    for line in lines[1 : q + 1]:
        parts = line.split()
        commands.append((parts[0], parts[1], int(parts[2]) if parts[0] == "ADD" else 0))
    answers = solve(commands)
    sys.stdout.write("".join((" ".join(terms) if terms else "-") + "\n" for terms in answers))


main()
