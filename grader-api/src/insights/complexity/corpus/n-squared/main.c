#include <stdio.h>
#include <stdlib.h>
/* How many pairs i < j sum to 1000: every pair is tried. */
int main(void) {
  int n;
  if (scanf("%d", &n) != 1) return 1;
  int *a = malloc(sizeof(int) * (n + 1));
  for (int i = 0; i < n; i++) if (scanf("%d", &a[i]) != 1) return 1;
  long long c = 0;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (a[i] + a[j] == 1000) c++;
  printf("%lld\n", c);
  return 0;
}
