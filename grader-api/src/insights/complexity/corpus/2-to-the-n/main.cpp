#include <cstdio>
#include <vector>
// How many subsets of the n numbers sum to half their total: every subset is enumerated.
static std::vector<int> a;
static long long count(std::size_t i, int s, int target) {
  if (i == a.size()) return s == target;
  return count(i + 1, s, target) + count(i + 1, s + a[i], target);
}
int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  a.resize(n);
  int total = 0;
  for (auto &x : a) {
    if (std::scanf("%d", &x) != 1) return 1;
    total += x;
  }
  std::printf("%lld\n", count(0, 0, total / 2));
}
