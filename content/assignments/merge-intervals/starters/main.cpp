#include <iostream>
#include <utility>
#include <vector>

using Interval = std::pair<long long, long long>;

// Returns the merged intervals in increasing order of their left end.
std::vector<Interval> solve(std::vector<Interval> intervals) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<Interval> intervals(n);
    for (auto& [l, r] : intervals) std::cin >> l >> r;
    std::vector<Interval> merged = solve(intervals);
    std::cout << merged.size() << '\n';
    for (const auto& [l, r] : merged) std::cout << l << ' ' << r << '\n';
    return 0;
}
