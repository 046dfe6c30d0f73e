import sys


def solve(data: bytes) -> list[int] | int:
    # TODO: return the code points if data is well-formed UTF-8, otherwise the offset where the
    # first character that is not well-formed starts.
    return 0


def main() -> None:
    tokens = sys.stdin.read().split()
    out = []
    for line in tokens[1 : 1 + int(tokens[0])]:
        result = solve(bytes.fromhex(line))
        out.append(f"INVALID {result}" if isinstance(result, int) else " ".join(f"U+{p:04X}" for p in result))
    sys.stdout.write("\n".join(out) + "\n")


main()
