import sys


def solve(amount: int, coins: list[int]) -> int:
    # TODO: return the fewest coins that add up to amount, or -1 if none do.
    return -1


def main() -> None:
    data = sys.stdin.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = list(map(int, data[2 : 2 + n]))
    print(solve(amount, coins))


main()
