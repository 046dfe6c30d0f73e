import sys


def lcs_length(a: str, b: str) -> int:
    # Bit-parallel LCS (Hyyro 2004): bit i of `row` is 0 where the DP row steps up. Python's
    # big integers make each character of b one O(|a| / 64) operation.
    masks = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    row = full
    for ch in b:
        matches = row & masks.get(ch, 0)
        row = ((row + matches) | (row - matches)) & full
    return len(a) - bin(row).count("1")


s, t = sys.stdin.read().split()
print(lcs_length(s, t))
