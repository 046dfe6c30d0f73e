#include <iostream>
#include <vector>

int solve(int amount, const std::vector<int>& coins) {
    // TODO: return the fewest coins that add up to amount, or -1 if none do.
    return -1;
}

int main() {
    int n, amount;
    std::cin >> n >> amount;
    std::vector<int> coins(n);
    for (auto& c : coins) std::cin >> c;
    std::cout << solve(amount, coins) << '\n';
    return 0;
}
