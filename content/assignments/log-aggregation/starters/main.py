import sys


def solve(lines: list[tuple[int, str, int, int]], lo: int, hi: int) -> list[tuple[str, int, int, int]]:
    # TODO: for every service with a line in [lo, hi], return (service, requests, errors, max latency),
    # ranked by exact error rate (highest first), then requests (more first), then name.
    return []


def rate(errors: int, requests: int) -> str:
    basis_points = errors * 10000 // requests
    return f"{basis_points // 100}.{basis_points % 100:02d}"


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, lo, hi = int(data[0]), int(data[1]), int(data[2])
    lines = []
    for k in range(3, 3 + 4 * n, 4):
        lines.append((int(data[k]), data[k + 1].decode(), int(data[k + 2]), int(data[k + 3])))
    ranked = solve(lines, lo, hi)
    out = [str(len(ranked))]
    out.extend(f"{s} {r} {e} {rate(e, r)} {m}" for s, r, e, m in ranked)
    sys.stdout.write("\n".join(out) + "\n")


main()
