#include <iostream>
#include <string>
#include <utility>
#include <vector>

// invalidAt is -1, or the position of the first invalid escape (and pairs is then empty).
struct Decoded {
    long invalidAt = -1;
    std::vector<std::pair<std::string, std::string>> pairs;
};

// Returns the decoded (name, value) pairs grouped by name, or where the first invalid escape is.
Decoded solve(const std::string& query) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::string query;
    for (int k = 0; k < q; k++) {
        std::cin >> query;
        Decoded decoded = solve(query);
        if (decoded.invalidAt >= 0) {
            std::cout << "INVALID " << decoded.invalidAt << '\n';
            continue;
        }
        std::cout << decoded.pairs.size() << '\n';
        for (const auto& [name, value] : decoded.pairs) std::cout << name << '=' << value << '\n';
    }
    return 0;
}
