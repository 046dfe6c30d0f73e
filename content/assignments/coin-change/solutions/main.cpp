#include <iostream>
#include <vector>

int main() {
    int n, amount;
    std::cin >> n >> amount;
    std::vector<int> coins(n);
    for (auto& c : coins) std::cin >> c;
    const int impossible = amount + 1;
    std::vector<int> best(amount + 1, impossible);
    best[0] = 0;
    for (int coin : coins) {
        for (int total = coin; total <= amount; total++) {
            if (best[total - coin] + 1 < best[total]) best[total] = best[total - coin] + 1;
        }
    }
    std::cout << (best[amount] == impossible ? -1 : best[amount]) << '\n';
    return 0;
}
