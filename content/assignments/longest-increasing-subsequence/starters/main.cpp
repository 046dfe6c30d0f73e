#include <iostream>
#include <vector>

int solve(const std::vector<long long>& values) {
    // TODO: return the length of the longest strictly increasing subsequence.
    return 0;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<long long> values(n);
    for (auto& v : values) std::cin >> v;
    std::cout << solve(values) << '\n';
    return 0;
}
