#include <cstdio>
#include <vector>
int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<int> a(n);
  for (auto &x : a) if (std::scanf("%d", &x) != 1) return 1;
  long long s = 0;
  for (int x : a) s += x;
  std::printf("%lld\n", s);
}
