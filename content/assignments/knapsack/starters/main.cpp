#include <iostream>
#include <utility>
#include <vector>

// jobs[i] = {memory, credits} of job i + 1. Returns the maximum total credits and the
// lexicographically smallest optimal list of job numbers, in increasing order.
std::pair<long long, std::vector<int>> solve(int capacity, const std::vector<std::pair<int, long long>>& jobs) {
    // TODO
    return {0, {}};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, capacity;
    std::cin >> n >> capacity;
    std::vector<std::pair<int, long long>> jobs(n);
    for (auto& [w, v] : jobs) std::cin >> w >> v;
    auto [total, chosen] = solve(capacity, jobs);
    std::cout << total << ' ' << chosen.size() << '\n';
    for (size_t j = 0; j < chosen.size(); j++) std::cout << (j ? " " : "") << chosen[j];
    std::cout << '\n';
    return 0;
}
