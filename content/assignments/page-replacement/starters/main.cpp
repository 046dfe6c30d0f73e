#include <iostream>
#include <vector>

struct Faults {
    int fifo, lru, opt;  // page faults under each policy
};

Faults solve(int frames, const std::vector<long long>& pages) {
    // TODO
    return {0, 0, 0};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int frames, n;
    std::cin >> frames >> n;
    std::vector<long long> pages(n);
    for (auto& p : pages) std::cin >> p;
    Faults faults = solve(frames, pages);
    std::cout << "FIFO " << faults.fifo << "\nLRU " << faults.lru << "\nOPT " << faults.opt << '\n';
    return 0;
}
