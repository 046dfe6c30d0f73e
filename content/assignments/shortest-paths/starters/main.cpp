#include <iostream>
#include <vector>

struct Road {
    int u, v;
    long long w;
};

// Returns the n shortest distances from junction 1 (-1 where unreachable).
std::vector<long long> solve(int n, const std::vector<Road>& roads) {
    // TODO
    return std::vector<long long>(n, -1);
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m;
    std::cin >> n >> m;
    std::vector<Road> roads(m);
    for (auto& road : roads) std::cin >> road.u >> road.v >> road.w;
    std::vector<long long> dist = solve(n, roads);
    for (size_t i = 0; i < dist.size(); i++) std::cout << (i ? " " : "") << dist[i];
    std::cout << '\n';
    return 0;
}
