# How many pairs i < j sum to 1000: every pair is tried.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:n + 1]]
c = 0
for i in range(n):
    ai = a[i]
    for j in range(i + 1, n):
        if ai + a[j] == 1000:
            c += 1
print(c)
