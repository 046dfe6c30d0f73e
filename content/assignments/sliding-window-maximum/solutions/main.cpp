#include <deque>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, k;
    std::cin >> n >> k;
    std::vector<long long> values(n);
    for (auto& v : values) std::cin >> v;
    // Indices whose values strictly decrease from front to back. An equal value does not push
    // out an earlier index, so the front is always the leftmost maximum.
    std::deque<int> window;
    for (int i = 0; i < n; i++) {
        while (!window.empty() && values[window.back()] < values[i]) window.pop_back();
        window.push_back(i);
        if (window.front() <= i - k) window.pop_front();
        if (i >= k - 1) std::cout << values[window.front()] << ' ' << window.front() << '\n';
    }
    return 0;
}
