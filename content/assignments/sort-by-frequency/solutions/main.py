import sys
from collections import Counter

data = sys.stdin.buffer.read().split()
n = int(data[0])
values = list(map(int, data[1 : 1 + n]))
count = Counter(values)
values.sort(key=lambda v: (-count[v], v))
print(" ".join(map(str, values)))
