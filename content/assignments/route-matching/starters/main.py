import sys


def solve(patterns: list[str], paths: list[str]) -> list[tuple[int, list[tuple[str, str]]]]:
    # TODO: for each path, return (index of the winning pattern, its parameters as (name, value)
    # in pattern order), or (-1, []) if no route matches.
    return [(-1, []) for _ in paths]


def main() -> None:
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    patterns = [line.strip() for line in lines[1 : n + 1]]
    m = int(lines[n + 1])
    paths = [line.strip() for line in lines[n + 2 : n + 2 + m]]
    out = []
    for route, params in solve(patterns, paths):
        if route < 0:
            out.append("404")
        else:
            out.append(" ".join([patterns[route]] + [f"{name}={value}" for name, value in params]))
    sys.stdout.write("\n".join(out) + "\n")


main()
