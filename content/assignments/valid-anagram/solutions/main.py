import sys
from collections import Counter

s, t = sys.stdin.read().split()
print("YES" if len(s) == len(t) and Counter(s) == Counter(t) else "NO")
