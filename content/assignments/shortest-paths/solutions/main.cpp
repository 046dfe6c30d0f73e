#include <functional>
#include <iostream>
#include <queue>
#include <utility>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::vector<std::pair<int, long long>>> adjacency(n + 1);
    for (int k = 0; k < m; k++) {
        int u, v;
        long long w;
        std::cin >> u >> v >> w;
        adjacency[u].push_back({v, w});
        adjacency[v].push_back({u, w});
    }
    std::vector<long long> dist(n + 1, -1);
    using Entry = std::pair<long long, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    heap.push({0, 1});
    while (!heap.empty()) {
        auto [d, u] = heap.top();
        heap.pop();
        if (dist[u] >= 0) continue;
        dist[u] = d;
        for (auto [v, w] : adjacency[u]) {
            if (dist[v] < 0) heap.push({d + w, v});
        }
    }
    for (int i = 1; i <= n; i++) std::cout << dist[i] << (i < n ? ' ' : '\n');
    return 0;
}
