#include <iostream>

long long solve(long long a, long long b) {
    // TODO: return the sum of a and b.
    return 0;
}

int main() {
    long long a, b;
    std::cin >> a >> b;
    std::cout << solve(a, b) << '\n';
    return 0;
}
