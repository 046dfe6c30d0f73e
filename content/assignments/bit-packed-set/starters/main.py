import sys


def solve(k: int, commands: list[tuple[str, int, int]]) -> list[str]:
    # TODO: run the commands (name, x, r; r is 0 unless the command is COUNT) on a set of
    # integers in [0, 2^k) and return the answers of HAS ("YES"/"NO"), COUNT and NEXT in order.
    return ["NO" for name, _, _ in commands if name in ("HAS", "COUNT", "NEXT")]


def main() -> None:
    data = sys.stdin.read().split()
    k, q = int(data[0]), int(data[1])
    commands = []
    pos = 2
    for _ in range(q):
        name, x = data[pos], int(data[pos + 1])
        pos += 2
        r = 0
        if name == "COUNT":
            r = int(data[pos])
            pos += 1
        commands.append((name, x, r))
    sys.stdout.write("".join(line + "\n" for line in solve(k, commands)))


main()
