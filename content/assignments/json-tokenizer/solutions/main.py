import re
import sys

PUNCTUATION = b"{}[]:,"
WHITESPACE = b" \t\n\r"
DIGITS = re.compile(rb"[0-9]*")
PLAIN = re.compile(rb'[ !#-\[\]-~]*')  # printable characters other than '"' and '\'
HEX = b"0123456789abcdefABCDEF"
SIMPLE_ESCAPES = {ord(k): v for k, v in zip('"\\/bfnrt', '"\\/\b\f\n\r\t')}
LITERALS = {ord("t"): b"true", ord("f"): b"false", ord("n"): b"null"}


class TokenError(Exception):
    def __init__(self, position: int) -> None:
        self.position = position


def canonical(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}")
    out.append('"')
    return "".join(out)


def tokens(text: bytes):
    """Yields the output line of each token; raises TokenError at the first byte that cannot come next."""
    n = len(text)

    def at(i: int) -> int:
        return text[i] if i < n else -1  # -1: the end of the input

    def digit(i: int) -> bool:
        return 0x30 <= at(i) <= 0x39

    def end_of_word(i: int) -> None:
        # A number or literal must be followed by whitespace, punctuation or the end.
        if i < n and text[i] not in WHITESPACE and text[i] not in PUNCTUATION:
            raise TokenError(i)

    pos = 0
    while True:
        while pos < n and text[pos] in WHITESPACE:
            pos += 1
        if pos == n:
            return
        c = text[pos]
        if c in PUNCTUATION:
            yield chr(c)
            pos += 1
        elif c in LITERALS:
            word = LITERALS[c]
            for k in range(len(word)):
                if at(pos + k) != word[k]:
                    raise TokenError(min(pos + k, n))
            pos += len(word)
            end_of_word(pos)
            yield word.decode()
        elif c == ord("-") or digit(pos):
            start = pos
            if c == ord("-"):
                pos += 1
            if at(pos) == ord("0"):
                pos += 1
            elif digit(pos):
                pos = DIGITS.match(text, pos).end()
            else:
                raise TokenError(pos)
            if at(pos) == ord("."):
                if not digit(pos + 1):
                    raise TokenError(pos + 1)
                pos = DIGITS.match(text, pos + 1).end()
            if at(pos) in (ord("e"), ord("E")):
                pos += 1
                if at(pos) in (ord("+"), ord("-")):
                    pos += 1
                if not digit(pos):
                    raise TokenError(pos)
                pos = DIGITS.match(text, pos).end()
            end_of_word(pos)
            yield "NUMBER " + text[start:pos].decode()
        elif c == ord('"'):
            value = []
            pos += 1
            while True:
                run = PLAIN.match(text, pos).end()
                value.append(text[pos:run].decode())
                pos = run
                c = at(pos)
                if c == ord('"'):
                    pos += 1
                    break
                if c != ord("\\"):  # a raw tab or line break, or the end of the input
                    raise TokenError(pos)
                escape = at(pos + 1)
                if escape in SIMPLE_ESCAPES:
                    value.append(SIMPLE_ESCAPES[escape])
                    pos += 2
                elif escape == ord("u"):
                    for k in range(pos + 2, pos + 6):
                        if at(k) == -1 or at(k) not in HEX:
                            raise TokenError(k)
                    value.append(chr(int(text[pos + 2 : pos + 6], 16)))
                    pos += 6
                else:
                    raise TokenError(pos + 1)
            yield "STRING " + canonical("".join(value))
        else:
            raise TokenError(pos)


def main() -> None:
    out = []
    try:
        for line in tokens(sys.stdin.buffer.read()):
            out.append(line)
    except TokenError as error:
        out.append(f"ERROR {error.position}")
    sys.stdout.write("\n".join(out) + "\n")


main()
