#include <iostream>
#include <optional>
#include <utility>
#include <vector>

// Returns the 1-based pair (i, j) described in the statement, or nothing if there is none.
std::optional<std::pair<int, int>> solve(long long target, const std::vector<long long>& a) {
    // TODO
    return std::nullopt;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long target;
    std::cin >> n >> target;
    std::vector<long long> a(n);
    for (auto& x : a) std::cin >> x;
    auto pair = solve(target, a);
    if (pair) std::cout << pair->first << ' ' << pair->second << '\n';
    else std::cout << -1 << '\n';
    return 0;
}
