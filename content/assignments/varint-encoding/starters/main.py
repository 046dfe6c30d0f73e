import sys


def solve(command: str, argument: str) -> str:
    # TODO: return the line to print for one command: the varint in hex for ENCODE and
    # ENCODE_ZIGZAG, the values separated by spaces (or "INVALID") for DECODE and DECODE_ZIGZAG.
    return "INVALID"


def main() -> None:
    tokens = sys.stdin.read().split()
    q = int(tokens[0])
    lines = [solve(tokens[1 + 2 * i], tokens[2 + 2 * i]) for i in range(q)]
    sys.stdout.write("\n".join(lines) + "\n")


main()
