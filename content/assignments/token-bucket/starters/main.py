import sys


def solve(capacity: int, rate: int, requests: list[tuple[int, str, int]]) -> list[tuple[bool, int]]:
    # TODO: for each request (t, client, cost), return (True, whole tokens left) if it is
    # allowed, or (False, milliseconds to wait) if it is denied.
    return [(True, 0) for _ in requests]


def main() -> None:
    data = sys.stdin.read().split()
    capacity, rate, n = int(data[0]), int(data[1]), int(data[2])
    requests = [(int(data[3 + 3 * i]), data[4 + 3 * i], int(data[5 + 3 * i])) for i in range(n)]
    decisions = solve(capacity, rate, requests)
    sys.stdout.write("".join(f"{'ALLOW' if allowed else 'DENY'} {value}\n" for allowed, value in decisions))


main()
