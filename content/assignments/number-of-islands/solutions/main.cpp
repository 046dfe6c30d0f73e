#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::string> grid(n);
    for (auto& row : grid) std::cin >> row;
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    int islands = 0;
    std::vector<std::pair<int, int>> stack;
    for (int r = 0; r < n; r++) {
        for (int c = 0; c < m; c++) {
            if (grid[r][c] != '#') continue;
            islands++;
            grid[r][c] = '.';
            stack.push_back({r, c});
            while (!stack.empty()) {
                auto [cr, cc] = stack.back();
                stack.pop_back();
                for (int d = 0; d < 4; d++) {
                    int nr = cr + dr[d], nc = cc + dc[d];
                    if (nr >= 0 && nr < n && nc >= 0 && nc < m && grid[nr][nc] == '#') {
                        grid[nr][nc] = '.';
                        stack.push_back({nr, nc});
                    }
                }
            }
        }
    }
    std::cout << islands << '\n';
    return 0;
}
