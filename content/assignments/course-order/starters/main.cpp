#include <iostream>
#include <utility>
#include <vector>

// Each rule (a, b) says course a comes before course b. Returns the lexicographically smallest
// valid order, or an empty vector if there is none.
std::vector<int> solve(int n, const std::vector<std::pair<int, int>>& rules) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::pair<int, int>> rules(m);
    for (auto& [a, b] : rules) std::cin >> a >> b;
    std::vector<int> order = solve(n, rules);
    if (order.empty()) std::cout << "IMPOSSIBLE";
    for (size_t i = 0; i < order.size(); i++) std::cout << (i ? " " : "") << order[i];
    std::cout << '\n';
    return 0;
}
