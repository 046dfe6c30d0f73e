import sys

words = sys.stdin.readline().split()
print(" ".join(reversed(words)))
