import sys


def solve(readings: list[float]) -> tuple[float, float, float]:
    # TODO: return (minimum, maximum, average) of the readings.
    return 0.0, 0.0, 0.0


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    readings = [float(x) for x in data[1 : 1 + n]]
    low, high, average = solve(readings)
    print(f"{low:.6f} {high:.6f} {average:.6f}")


main()
