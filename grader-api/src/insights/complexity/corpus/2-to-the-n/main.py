# How many subsets of the n numbers sum to half their total: every subset's sum is enumerated.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:n + 1]]
sums = [0]
for x in a:
    sums += [s + x for s in sums]
print(sums.count(sum(a) // 2))
