import sys


def justify(words: list[str], width: int) -> str:
    if len(words) == 1:
        return words[0]
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    wide, extra = divmod(spaces, gaps)
    line = []
    for k, word in enumerate(words[:-1]):
        line.append(word)
        line.append(" " * (wide + (1 if k < extra else 0)))
    line.append(words[-1])
    return "".join(line)


def main() -> None:
    data = sys.stdin.read().split()
    width, words = int(data[0]), data[1:]
    lines = []
    current: list[str] = []
    length = 0  # the words of `current` with one space between each pair
    for word in words:
        if current and length + 1 + len(word) > width:
            lines.append(justify(current, width))
            current, length = [], 0
        length += len(word) + (1 if current else 0)
        current.append(word)
    lines.append(" ".join(current))
    sys.stdout.write("\n".join(lines) + "\n")


main()
