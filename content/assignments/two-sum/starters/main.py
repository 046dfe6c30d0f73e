import sys
from typing import Optional


def solve(target: int, a: list[int]) -> Optional[tuple[int, int]]:
    # TODO: return the 1-based pair (i, j) described in the statement, or None if there is none.
    return None


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    a = list(map(int, data[2 : 2 + n]))
    pair = solve(target, a)
    print(-1 if pair is None else f"{pair[0]} {pair[1]}")


main()
