#include <iostream>
#include <utility>
#include <vector>

// Returns, for every window of k samples, {its maximum, the leftmost index of it}.
std::vector<std::pair<long long, int>> solve(const std::vector<long long>& values, int k) {
    // TODO
    return std::vector<std::pair<long long, int>>(values.size() - k + 1, {0, 0});
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, k;
    std::cin >> n >> k;
    std::vector<long long> values(n);
    for (auto& v : values) std::cin >> v;
    for (const auto& [max, index] : solve(values, k)) std::cout << max << ' ' << index << '\n';
    return 0;
}
