#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, capacity;
    std::cin >> n >> capacity;
    std::vector<int> weight(n);
    std::vector<long long> value(n);
    for (int i = 0; i < n; i++) std::cin >> weight[i] >> value[i];
    // best[i][c]: the most jobs i..n-1 can earn within c GB; best[n] is all zeros.
    std::vector<std::vector<long long>> best(n + 1, std::vector<long long>(capacity + 1, 0));
    for (int i = n - 1; i >= 0; i--) {
        for (int c = 0; c <= capacity; c++) {
            best[i][c] = best[i + 1][c];
            if (weight[i] <= c) best[i][c] = std::max(best[i][c], best[i + 1][c - weight[i]] + value[i]);
        }
    }
    // Taking each job, in order, whenever the rest can still reach the optimum gives the
    // lexicographically smallest optimal set.
    std::vector<int> chosen;
    for (int i = 0, c = capacity; i < n; i++) {
        if (weight[i] <= c && value[i] + best[i + 1][c - weight[i]] == best[i][c]) {
            chosen.push_back(i + 1);
            c -= weight[i];
        }
    }
    std::cout << best[0][capacity] << ' ' << chosen.size() << '\n';
    for (size_t j = 0; j < chosen.size(); j++) std::cout << (j ? " " : "") << chosen[j];
    std::cout << '\n';
    return 0;
}
