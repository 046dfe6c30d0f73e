import sys


def solve(text: bytes) -> tuple[list[str], int]:
    # TODO: return the output line of every token before the first error, and the position of
    # that error (-1 if there is none).
    return [], -1


def main() -> None:
    lines, error = solve(sys.stdin.buffer.read())
    if error >= 0:
        lines = lines + [f"ERROR {error}"]
    sys.stdout.write("".join(line + "\n" for line in lines))


main()
