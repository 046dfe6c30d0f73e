#include <stdio.h>
#include <stdlib.h>
/* Sorts n pseudo-random numbers (MINSTD from seed 12345) and prints a checksum of the order. */
static int cmp(const void *x, const void *y) {
  long long a = *(const long long *)x, b = *(const long long *)y;
  return (a > b) - (a < b);
}
int main(void) {
  int n;
  if (scanf("%d", &n) != 1) return 1;
  long long *a = malloc(sizeof(long long) * (n + 1)), state = 12345;
  for (int i = 0; i < n; i++) a[i] = state = state * 48271 % 2147483647;
  qsort(a, n, sizeof(long long), cmp);
  long long s = 0;
  for (int i = 0; i < n; i++) s += a[i] % 1000 * (i % 7);
  printf("%lld\n", s);
  return 0;
}
