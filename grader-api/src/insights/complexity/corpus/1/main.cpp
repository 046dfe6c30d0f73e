#include <iostream>
int main() {
  long long n;
  if (!(std::cin >> n)) return 1;
  std::cout << n * 2 << '\n';
}
