# Merge-sorts n pseudo-random numbers (MINSTD from seed 12345) and prints a checksum of the order.
def merge_sort(a):
    if len(a) <= 1:
        return a
    left, right = merge_sort(a[:len(a) // 2]), merge_sort(a[len(a) // 2:])
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]


n = int(input())
a, state = [], 12345
for _ in range(n):
    state = state * 48271 % 2147483647
    a.append(state)
print(sum(v % 1000 * (i % 7) for i, v in enumerate(merge_sort(a))))
