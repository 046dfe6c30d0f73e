import sys

NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
LEGACY_PSEUDO_ELEMENTS = {"before", "after", "first-line", "first-letter"}
Specificity = tuple[int, int, int]


class Parser:
    """Recursive descent over one selector; only the counting matters, not the structure."""

    def __init__(self, text: str) -> None:
        self.text = text + "\0"
        self.pos = 0

    def name(self) -> str:
        start = self.pos
        while self.text[self.pos] in NAME_CHARS:
            self.pos += 1
        return self.text[start : self.pos]

    def selector_list(self) -> Specificity:
        """Selectors separated by commas, up to a ')' or the end: the most specific one."""
        best = self.selector()
        while self.text[self.pos] == ",":
            self.pos += 1
            best = max(best, self.selector())
        return best

    def selector(self) -> Specificity:
        a = b = c = 0
        while True:
            ch = self.text[self.pos]
            if ch in ",)\0":
                return (a, b, c)
            if ch in " >+~*":
                self.pos += 1
            elif ch == "#":
                self.pos += 1
                self.name()
                a += 1
            elif ch == ".":
                self.pos += 1
                self.name()
                b += 1
            elif ch == "[":
                self.skip_attribute()
                b += 1
            elif ch == ":":
                da, db, dc = self.pseudo()
                a, b, c = a + da, b + db, c + dc
            else:
                self.name()
                c += 1

    def skip_attribute(self) -> None:
        quote = None
        self.pos += 1
        while quote or self.text[self.pos] != "]":
            ch = self.text[self.pos]
            if quote and ch == quote:
                quote = None
            elif not quote and ch in "\"'":
                quote = ch
            self.pos += 1
        self.pos += 1

    def pseudo(self) -> Specificity:
        self.pos += 1
        if self.text[self.pos] == ":":
            self.pos += 1
            self.name()
            return (0, 0, 1)
        name = self.name()
        if self.text[self.pos] != "(":
            return (0, 0, 1) if name in LEGACY_PSEUDO_ELEMENTS else (0, 1, 0)
        self.pos += 1
        if name in ("not", "is", "has", "where"):
            inner = self.selector_list()
            self.pos += 1  # the ')'
            return (0, 0, 0) if name == "where" else inner
        while self.text[self.pos] != ")":
            self.pos += 1
        self.pos += 1
        return (0, 1, 0)


def main() -> None:
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    specificity = [Parser(lines[1 + i].strip()).selector_list() for i in range(n)]
    out = [f"{a} {b} {c}" for a, b, c in specificity]
    q = int(lines[n + 1])
    for line in lines[n + 2 : n + 2 + q]:
        rules = list(map(int, line.split()))[1:]
        rules.sort(key=lambda r: (specificity[r - 1], r), reverse=True)
        out.append(" ".join(map(str, rules)))
    sys.stdout.write("\n".join(out) + "\n")


main()
