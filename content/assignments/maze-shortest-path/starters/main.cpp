#include <iostream>
#include <string>
#include <vector>

// grid[r][c] is '#' for a wall, '.' for an open cell, 'S' for the start and 'T' for the target.
int solve(std::vector<std::string> grid) {
    // TODO: return the fewest moves from S to T, or -1 if T cannot be reached.
    return -1;
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
