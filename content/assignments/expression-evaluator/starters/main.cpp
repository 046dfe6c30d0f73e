#include <iostream>
#include <string>

// Returns the value of the expression in decimal, or "OVERFLOW", or "DIVISION BY ZERO".
std::string solve(const std::string& expression) {
    // TODO
    return "0";
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    std::string line;
    std::getline(std::cin, line);
    int n = std::stoi(line);
    for (int i = 0; i < n; i++) {
        std::getline(std::cin, line);
        std::cout << solve(line) << '\n';
    }
    return 0;
}
