#include <algorithm>
#include <iostream>
#include <unordered_map>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<long long> values(n);
    std::unordered_map<long long, int> count;
    for (auto& v : values) {
        std::cin >> v;
        count[v]++;
    }
    std::sort(values.begin(), values.end(), [&](long long a, long long b) {
        int ca = count[a], cb = count[b];
        return ca != cb ? ca > cb : a < b;
    });
    for (int i = 0; i < n; i++) std::cout << values[i] << (i + 1 < n ? ' ' : '\n');
    return 0;
}
