import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    intervals = sorted(zip(map(int, data[1 : 2 * n + 1 : 2]), map(int, data[2 : 2 * n + 2 : 2])))
    merged = []
    cur_l, cur_r = intervals[0]
    for l, r in intervals[1:]:
        if l <= cur_r:
            cur_r = max(cur_r, r)
        else:
            merged.append((cur_l, cur_r))
            cur_l, cur_r = l, r
    merged.append((cur_l, cur_r))
    out = [str(len(merged))]
    out.extend(f"{l} {r}" for l, r in merged)
    sys.stdout.write("\n".join(out) + "\n")


main()
