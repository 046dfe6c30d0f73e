import sys


def solve(expression: str) -> str:
    # TODO: return the value of the expression in decimal, or "OVERFLOW", or "DIVISION BY ZERO".
    return "0"


def main() -> None:
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    sys.stdout.write("".join(solve(line) + "\n" for line in lines[1 : n + 1]))


main()
