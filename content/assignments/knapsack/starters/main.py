import sys


def solve(capacity: int, jobs: list[tuple[int, int]]) -> tuple[int, list[int]]:
    # TODO: jobs[i] = (memory, credits) of job i + 1. Return the maximum total credits and the
    # lexicographically smallest optimal list of job numbers, in increasing order.
    return 0, []


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    jobs = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
    total, chosen = solve(capacity, jobs)
    sys.stdout.write(f"{total} {len(chosen)}\n{' '.join(map(str, chosen))}\n")


main()
