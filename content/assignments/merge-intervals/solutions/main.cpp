#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<std::pair<long long, long long>> intervals(n);
    for (auto& [l, r] : intervals) std::cin >> l >> r;
    std::sort(intervals.begin(), intervals.end());
    std::vector<std::pair<long long, long long>> merged;
    for (const auto& [l, r] : intervals) {
        if (!merged.empty() && l <= merged.back().second) {
            merged.back().second = std::max(merged.back().second, r);
        } else {
            merged.emplace_back(l, r);
        }
    }
    std::cout << merged.size() << '\n';
    for (const auto& [l, r] : merged) std::cout << l << ' ' << r << '\n';
    return 0;
}
