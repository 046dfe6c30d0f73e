import sys


def solve(join: str, left_key: str, right_key: str, left: list[str], right: list[str]) -> list[str]:
    # TODO: left and right are the CSV lines of each table, header first. Return the lines of
    # the joined table, header first.
    return []


def main() -> None:
    lines = sys.stdin.read().split("\n")
    join, left_key, right_key = lines[0].split()
    a = int(lines[1])
    left = lines[2 : 3 + a]
    b = int(lines[3 + a])
    right = lines[4 + a : 5 + a + b]
    sys.stdout.write("".join(line + "\n" for line in solve(join, left_key, right_key, left, right)))


main()
