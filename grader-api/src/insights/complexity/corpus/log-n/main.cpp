#include <cstdio>
// The largest x in [0, n] with sum_{k=1..K} floor(x / k) <= n: a binary search whose check costs K divisions.
constexpr long long K = 20000;
static long long f(long long x) {
  long long s = 0;
  for (long long k = 1; k <= K; k++) s += x / k;
  return s;
}
int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  long long lo = 0, hi = n;
  while (lo < hi) {
    long long mid = lo + (hi - lo + 1) / 2;
    if (f(mid) <= n) lo = mid; else hi = mid - 1;
  }
  std::printf("%lld\n", lo);
}
