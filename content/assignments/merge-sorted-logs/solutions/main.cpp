#include <iostream>
#include <queue>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int k;
    std::cin >> k;
    std::vector<std::vector<std::pair<unsigned long long, std::string>>> streams(k);
    for (auto& stream : streams) {
        int m;
        std::cin >> m;
        stream.resize(m);
        for (auto& [t, message] : stream) std::cin >> t >> message;
    }
    // One entry per stream with lines left: (timestamp of its next line, stream, line index).
    using Entry = std::tuple<unsigned long long, int, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    for (int s = 0; s < k; s++) {
        if (!streams[s].empty()) heap.emplace(streams[s][0].first, s, 0);
    }
    std::string out;
    while (!heap.empty()) {
        auto [t, s, j] = heap.top();
        heap.pop();
        out += std::to_string(t) + ' ' + std::to_string(s + 1) + ' ' + streams[s][j].second + '\n';
        if (j + 1 < static_cast<int>(streams[s].size())) heap.emplace(streams[s][j + 1].first, s, j + 1);
    }
    std::cout << out;
    return 0;
}
