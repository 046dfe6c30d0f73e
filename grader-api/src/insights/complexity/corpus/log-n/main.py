# The largest x in [0, n] with sum_{k=1..K} x // k <= n: a binary search whose check costs K divisions.
K = 2000


def f(x):
    return sum(x // k for k in range(1, K + 1))


n = int(input())
lo, hi = 0, n
while lo < hi:
    mid = (lo + hi + 1) // 2
    if f(mid) <= n:
        lo = mid
    else:
        hi = mid - 1
print(lo)
