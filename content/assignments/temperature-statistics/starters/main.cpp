#include <cstdio>
#include <iostream>
#include <tuple>
#include <vector>

// Returns the minimum, maximum and average of the readings.
std::tuple<double, double, double> solve(const std::vector<double>& readings) {
    // TODO
    return {0, 0, 0};
}

int main() {
    std::ios::sync_with_stdio(false);
    int n;
    std::cin >> n;
    std::vector<double> readings(n);
    for (auto& t : readings) std::cin >> t;
    auto [low, high, average] = solve(readings);
    std::printf("%.6f %.6f %.6f\n", low, high, average);
    return 0;
}
