import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n = int(data[0])
# tails[k] is the smallest value that ends a strictly increasing subsequence of length k + 1.
tails = []
for value in map(int, data[1 : 1 + n]):
    k = bisect_left(tails, value)
    if k == len(tails):
        tails.append(value)
    else:
        tails[k] = value
print(len(tails))
