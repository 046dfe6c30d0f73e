#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Row {
    std::string endpoint;
    long long count, p50, p90, p99, max;
};

// Returns one row per endpoint, in increasing order of its name, with nearest-rank percentiles.
std::vector<Row> solve(const std::vector<std::pair<std::string, long long>>& requests) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<std::pair<std::string, long long>> requests(n);
    for (auto& [endpoint, latency] : requests) std::cin >> endpoint >> latency;
    for (const Row& r : solve(requests)) {
        std::cout << r.endpoint << ' ' << r.count << ' ' << r.p50 << ' ' << r.p90 << ' ' << r.p99 << ' ' << r.max << '\n';
    }
    return 0;
}
