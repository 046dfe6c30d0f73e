import sys


def solve(v: int, keys: list[str], commands: list[tuple[str, str]]) -> list[str]:
    # TODO: return one line per command: for ADD and REMOVE the number of tracked keys that
    # moved, for LOOKUP the owner's name or "NONE".
    return []


def main() -> None:
    tokens = sys.stdin.buffer.read().decode().split()
    v, k, q = int(tokens[0]), int(tokens[1]), int(tokens[2])
    keys = tokens[3 : 3 + k]
    commands = [(tokens[pos], tokens[pos + 1]) for pos in range(3 + k, 3 + k + 2 * q, 2)]
    answers = solve(v, keys, commands)
    sys.stdout.write("".join(line + "\n" for line in answers))


main()
