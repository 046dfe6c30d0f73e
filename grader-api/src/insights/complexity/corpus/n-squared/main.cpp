#include <cstdio>
#include <vector>
// How many pairs i < j sum to 1000: every pair is tried.
int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<int> a(n);
  for (auto &x : a) if (std::scanf("%d", &x) != 1) return 1;
  long long c = 0;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (a[i] + a[j] == 1000) c++;
  std::printf("%lld\n", c);
}
