import sys


def solve(width: int, words: list[str]) -> list[str]:
    # TODO: return the justified lines.
    return [" ".join(words)]


def main() -> None:
    data = sys.stdin.read().split()
    width, words = int(data[0]), data[1:]
    sys.stdout.write("\n".join(solve(width, words)) + "\n")


main()
