import sys


def solve(events: list[tuple[int, str]], gap: int) -> list[tuple[str, int, int, int]]:
    # TODO: return every session as (user, start, end, count), ordered by user, then start.
    return []


def main() -> None:
    tokens = sys.stdin.buffer.read().split()
    n, gap = int(tokens[0]), int(tokens[1])
    events = [(int(tokens[2 + 2 * k]), tokens[3 + 2 * k].decode()) for k in range(n)]
    sessions = solve(events, gap)
    out = [str(len(sessions))] + [f"{user} {start} {end} {count}" for user, start, end, count in sessions]
    sys.stdout.write("\n".join(out) + "\n")


main()
