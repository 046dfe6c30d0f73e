#include <algorithm>
#include <cstdio>
#include <vector>
// Sorts n pseudo-random numbers (MINSTD from seed 12345) and prints a checksum of the order.
int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<long long> a(n);
  long long state = 12345;
  for (auto &x : a) x = state = state * 48271 % 2147483647;
  std::stable_sort(a.begin(), a.end());
  long long s = 0;
  for (int i = 0; i < n; i++) s += a[i] % 1000 * (i % 7);
  std::printf("%lld\n", s);
}
