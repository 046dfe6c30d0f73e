#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::map<std::string, std::vector<long long>> by_endpoint;  // ordered by name
    for (int k = 0; k < n; k++) {
        std::string endpoint;
        long long latency;
        std::cin >> endpoint >> latency;
        by_endpoint[endpoint].push_back(latency);
    }
    for (auto& [endpoint, latencies] : by_endpoint) {
        std::sort(latencies.begin(), latencies.end());
        long long count = latencies.size();
        std::cout << endpoint << ' ' << count;
        for (long long p : {50, 90, 99}) {
            long long rank = (p * count + 99) / 100;  // nearest rank, 1-based
            std::cout << ' ' << latencies[rank - 1];
        }
        std::cout << ' ' << latencies.back() << '\n';
    }
    return 0;
}
