#include <stdio.h>
/* How many subsets of the n numbers sum to half their total: every subset is enumerated. */
static int n, a[64];
static long long count(int i, int s, int target) {
  if (i == n) return s == target;
  return count(i + 1, s, target) + count(i + 1, s + a[i], target);
}
int main(void) {
  if (scanf("%d", &n) != 1 || n > 64) return 1;
  int total = 0;
  for (int i = 0; i < n; i++) {
    if (scanf("%d", &a[i]) != 1) return 1;
    total += a[i];
  }
  printf("%lld\n", count(0, 0, total / 2));
  return 0;
}
