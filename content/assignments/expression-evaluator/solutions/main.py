import re
import sys

LOWEST, HIGHEST = -(1 << 63), (1 << 63) - 1


class EvaluationError(Exception):
    """Stops the evaluation; its message is the line to print."""


def fits(value: int) -> int:
    if not LOWEST <= value <= HIGHEST:
        raise EvaluationError("OVERFLOW")
    return value


class Evaluator:
    """Recursive descent that evaluates as it parses, left operand first, so the first step
    that fails is the one reported."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> str:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ""

    def take(self) -> str:
        self.pos += 1
        return self.tokens[self.pos - 1]

    def expression(self) -> int:
        value = self.term()
        while self.peek() in ("+", "-"):
            operator = self.take()
            right = self.term()
            value = fits(value + right if operator == "+" else value - right)
        return value

    def term(self) -> int:
        value = self.unary()
        while self.peek() in ("*", "/", "%"):
            operator = self.take()
            right = self.unary()
            if operator == "*":
                value = fits(value * right)
                continue
            if right == 0:
                raise EvaluationError("DIVISION BY ZERO")
            # Python's // rounds down; the quotient here is truncated toward zero.
            quotient = abs(value) // abs(right)
            if (value < 0) != (right < 0):
                quotient = -quotient
            value = fits(quotient) if operator == "/" else value - right * quotient
        return value

    def unary(self) -> int:
        negations = 0
        while self.peek() == "-":
            self.take()
            negations += 1
        value = self.primary()
        for _ in range(negations):
            value = fits(-value)
        return value

    def primary(self) -> int:
        token = self.take()
        if token == "(":
            value = self.expression()
            self.take()  # the closing parenthesis
            return value
        return fits(int(token))


def evaluate(line: str) -> str:
    try:
        return str(Evaluator(re.findall(r"\d+|\S", line)).expression())
    except EvaluationError as error:
        return str(error)


def main() -> None:
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    sys.stdout.write("".join(evaluate(line) + "\n" for line in lines[1 : n + 1]))


main()
