#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

struct Summary {
    std::string service;
    long long requests = 0, errors = 0;
    int max_latency = 0;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long lo, hi;
    std::cin >> n >> lo >> hi;
    std::unordered_map<std::string, Summary> by_service;
    for (int k = 0; k < n; k++) {
        long long t;
        std::string service;
        int status, latency;
        std::cin >> t >> service >> status >> latency;
        if (t < lo || t > hi) continue;
        Summary& s = by_service[service];
        s.service = service;
        s.requests++;
        if (status >= 500) s.errors++;
        s.max_latency = std::max(s.max_latency, latency);
    }
    std::vector<Summary> ranked;
    ranked.reserve(by_service.size());
    for (auto& [name, s] : by_service) ranked.push_back(std::move(s));
    // Exact error rate, highest first (cross products, no division); then requests; then name.
    std::sort(ranked.begin(), ranked.end(), [](const Summary& a, const Summary& b) {
        long long left = a.errors * b.requests, right = b.errors * a.requests;
        if (left != right) return left > right;
        if (a.requests != b.requests) return a.requests > b.requests;
        return a.service < b.service;
    });
    std::string out = std::to_string(ranked.size()) + '\n';
    char rate[32];
    for (const Summary& s : ranked) {
        long long basis_points = s.errors * 10000 / s.requests;
        std::snprintf(rate, sizeof rate, "%lld.%02lld", basis_points / 100, basis_points % 100);
        out += s.service + ' ' + std::to_string(s.requests) + ' ' + std::to_string(s.errors) + ' ' + rate + ' ' +
               std::to_string(s.max_latency) + '\n';
    }
    std::cout << out;
    return 0;
}
