#include <functional>
#include <iostream>
#include <queue>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::vector<int>> unlocks(n + 1);
    std::vector<int> missing(n + 1, 0);
    for (int k = 0; k < m; k++) {
        int a, b;
        std::cin >> a >> b;
        unlocks[a].push_back(b);
        missing[b]++;
    }
    std::priority_queue<int, std::vector<int>, std::greater<int>> available;
    for (int c = 1; c <= n; c++) {
        if (missing[c] == 0) available.push(c);
    }
    std::vector<int> order;
    while (!available.empty()) {
        int course = available.top();
        available.pop();
        order.push_back(course);
        for (int next : unlocks[course]) {
            if (--missing[next] == 0) available.push(next);
        }
    }
    if ((int)order.size() != n) {
        std::cout << "IMPOSSIBLE\n";
        return 0;
    }
    for (int i = 0; i < n; i++) std::cout << order[i] << (i + 1 < n ? ' ' : '\n');
    return 0;
}
