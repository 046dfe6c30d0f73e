import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    capacity, rate, n = int(data[0]), int(data[1]), int(data[2])
    full = 1000 * capacity  # amounts are in thousandths of a token
    # client -> [thousandths held, time of its last request]; a new client starts full at 0.
    buckets: dict[bytes, list[int]] = {}
    out = []
    for i in range(n):
        t, client, cost = int(data[3 + 3 * i]), data[4 + 3 * i], int(data[5 + 3 * i])
        bucket = buckets.get(client)
        if bucket is None:
            bucket = buckets[client] = [full, t]
        # Python integers do not overflow, so rate * (t - last) may be computed as it is.
        held = min(full, bucket[0] + rate * (t - bucket[1]))
        need = 1000 * cost
        if held >= need:
            held -= need
            out.append(f"ALLOW {held // 1000}")
        else:
            out.append(f"DENY {(need - held + rate - 1) // rate}")
        bucket[0], bucket[1] = held, t
    sys.stdout.write("\n".join(out) + "\n")


main()
