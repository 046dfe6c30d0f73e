import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = list(map(int, data[2 : 2 + n]))
    impossible = amount + 1
    best = [0] + [impossible] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            candidate = best[total - coin] + 1
            if candidate < best[total]:
                best[total] = candidate
    print(best[amount] if best[amount] != impossible else -1)


main()
