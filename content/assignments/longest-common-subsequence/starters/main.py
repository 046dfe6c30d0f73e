import sys


def solve(s: str, t: str) -> int:
    # TODO: return the length of the longest common subsequence of s and t.
    return 0


def main() -> None:
    s, t = sys.stdin.read().split()
    print(solve(s, t))


main()
