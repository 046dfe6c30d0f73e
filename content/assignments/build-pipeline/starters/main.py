import sys


def solve(workers: int, durations: list[int], dependencies: list[tuple[int, int]]) -> tuple[int, list[int]] | None:
    # TODO: return (makespan, start times of jobs 1..n), or None if the dependencies contain a
    # cycle. durations[i - 1] is the duration of job i; (a, b) means b waits for a.
    return None


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, workers = int(data[0]), int(data[1]), int(data[2])
    durations = [int(x) for x in data[3 : 3 + n]]
    dependencies = [(int(data[k]), int(data[k + 1])) for k in range(3 + n, 3 + n + 2 * m, 2)]
    schedule = solve(workers, durations, dependencies)
    if schedule is None:
        sys.stdout.write("CYCLE\n")
    else:
        makespan, start = schedule
        sys.stdout.write(f"{makespan}\n{' '.join(map(str, start))}\n")


main()
