import sys


def solve(s: str, t: str) -> bool:
    # TODO: return True when t is an anagram of s.
    return False


def main() -> None:
    s, t = sys.stdin.read().split()
    print("YES" if solve(s, t) else "NO")


main()
