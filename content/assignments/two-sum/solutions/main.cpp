#include <iostream>
#include <unordered_map>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long target;
    std::cin >> n >> target;
    std::unordered_map<long long, int> firstIndex;
    firstIndex.reserve(n * 2);
    for (int j = 1; j <= n; j++) {
        long long value;
        std::cin >> value;
        auto it = firstIndex.find(target - value);
        if (it != firstIndex.end()) {
            std::cout << it->second << ' ' << j << '\n';
            return 0;
        }
        firstIndex.emplace(value, j);  // keeps the first index of a repeated value
    }
    std::cout << -1 << '\n';
    return 0;
}
