import sys


def main() -> None:
    tokens = sys.stdin.buffer.read().split()
    n, gap = int(tokens[0]), int(tokens[1])
    # Sorting by (user, t) puts each user's events together, in time order; bytes compare in
    # byte order.
    events = sorted(zip(tokens[3 : 2 * n + 2 : 2], map(int, tokens[2 : 2 * n + 2 : 2])))
    sessions = []  # [user, start, end, count]
    for user, t in events:
        last = sessions[-1] if sessions else None
        if last is not None and last[0] == user and t - last[2] <= gap:
            last[2] = t
            last[3] += 1
        else:
            sessions.append([user, t, t, 1])
    out = [str(len(sessions))]
    out.extend(f"{user.decode()} {start} {end} {count}" for user, start, end, count in sessions)
    sys.stdout.write("\n".join(out) + "\n")


main()
