#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

struct Decoded {
    bool valid;
    std::vector<uint32_t> points;  // when valid
    size_t bad_offset;             // when not: where the first bad character starts
};

Decoded solve(const std::vector<uint8_t>& bytes) {
    // TODO
    return {false, {}, 0};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::string hex, line;
    char point[16];
    for (int i = 0; i < n; i++) {
        std::cin >> hex;
        std::vector<uint8_t> bytes(hex.size() / 2);
        for (size_t k = 0; k < bytes.size(); k++) bytes[k] = uint8_t(std::stoi(hex.substr(2 * k, 2), nullptr, 16));
        Decoded decoded = solve(bytes);
        if (!decoded.valid) {
            std::cout << "INVALID " << decoded.bad_offset << '\n';
            continue;
        }
        line.clear();
        for (uint32_t p : decoded.points) {
            snprintf(point, sizeof point, line.empty() ? "U+%04X" : " U+%04X", p);
            line += point;
        }
        std::cout << line << '\n';
    }
    return 0;
}
