import sys


def solve(words: list[str]) -> list[str]:
    # TODO: return the words in reverse order.
    return []


def main() -> None:
    words = sys.stdin.readline().split()
    print(" ".join(solve(words)))


main()
