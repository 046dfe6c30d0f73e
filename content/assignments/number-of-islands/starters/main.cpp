#include <iostream>
#include <string>
#include <vector>

// grid[r][c] is '#' for land and '.' for water.
int solve(std::vector<std::string> grid) {
    // TODO: count the islands.
    return 0;
}

int main() {
    std::ios::sync_with_stdio(false);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::string> grid(n);
    for (auto& row : grid) std::cin >> row;
    std::cout << solve(grid) << '\n';
    return 0;
}
