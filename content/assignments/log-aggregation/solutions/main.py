import sys
from fractions import Fraction


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, lo, hi = int(data[0]), int(data[1]), int(data[2])
    stats: dict[bytes, list[int]] = {}  # service -> [requests, errors, max latency]
    for k in range(3, 3 + 4 * n, 4):
        t = int(data[k])
        if t < lo or t > hi:
            continue
        service = stats.setdefault(data[k + 1], [0, 0, 0])
        service[0] += 1
        if int(data[k + 2]) >= 500:
            service[1] += 1
        service[2] = max(service[2], int(data[k + 3]))
    ranked = sorted(stats.items(), key=lambda item: (-Fraction(item[1][1], item[1][0]), -item[1][0], item[0]))
    out = [str(len(ranked))]
    for name, (requests, errors, max_latency) in ranked:
        basis_points = errors * 10000 // requests
        rate = f"{basis_points // 100}.{basis_points % 100:02d}"
        out.append(f"{name.decode()} {requests} {errors} {rate} {max_latency}")
    sys.stdout.write("\n".join(out) + "\n")


main()
