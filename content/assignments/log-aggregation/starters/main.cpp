#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

struct Line {
    long long t;
    std::string service;
    int status, latency;
};

struct Summary {
    std::string service;
    long long requests = 0, errors = 0;
    int max_latency = 0;
};

// Returns a summary for every service with a line in [lo, hi], ranked by exact error rate
// (highest first), then requests (more first), then name.
std::vector<Summary> solve(const std::vector<Line>& lines, long long lo, long long hi) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long lo, hi;
    std::cin >> n >> lo >> hi;
    std::vector<Line> lines(n);
    for (Line& line : lines) std::cin >> line.t >> line.service >> line.status >> line.latency;
    std::vector<Summary> ranked = solve(lines, lo, hi);
    std::cout << ranked.size() << '\n';
    char rate[32];
    for (const Summary& s : ranked) {
        long long basis_points = s.errors * 10000 / s.requests;
        std::snprintf(rate, sizeof rate, "%lld.%02lld", basis_points / 100, basis_points % 100);
        std::cout << s.service << ' ' << s.requests << ' ' << s.errors << ' ' << rate << ' ' << s.max_latency << '\n';
    }
    return 0;
}
