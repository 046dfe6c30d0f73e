import sys

PERCENTILES = (50, 90, 99)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    by_endpoint: dict[bytes, list[int]] = {}
    for k in range(1, 2 * n + 1, 2):
        by_endpoint.setdefault(data[k], []).append(int(data[k + 1]))
    out = []
    for endpoint in sorted(by_endpoint):
        latencies = sorted(by_endpoint[endpoint])
        count = len(latencies)
        # Nearest rank: r = ceil(p * count / 100), 1-based.
        values = [latencies[(p * count + 99) // 100 - 1] for p in PERCENTILES]
        out.append(f"{endpoint.decode()} {count} {' '.join(map(str, values))} {latencies[-1]}")
    sys.stdout.write("\n".join(out) + "\n")


main()
