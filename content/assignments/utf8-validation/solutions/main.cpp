#include <cstdint>
#include <iostream>
#include <string>
#include <variant>
#include <vector>

// How many bytes follow `lead`, and the allowed range of the first of them (RFC 3629); -1 if
// `lead` cannot start a character. Every later byte is in 80..BF.
int tail_length(unsigned lead, unsigned& low, unsigned& high) {
    low = 0x80;
    high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) return 1;
    if (lead == 0xE0) low = 0xA0;   // below A0 would be overlong
    if (lead == 0xED) high = 0x9F;  // above 9F would be a surrogate
    if (lead >= 0xE0 && lead <= 0xEF) return 2;
    if (lead == 0xF0) low = 0x90;   // below 90 would be overlong
    if (lead == 0xF4) high = 0x8F;  // above 8F would be beyond U+10FFFF
    if (lead >= 0xF0 && lead <= 0xF4) return 3;
    return -1;
}

// The code points, or the offset where the first character that is not well-formed starts.
std::variant<std::vector<uint32_t>, size_t> decode(const std::vector<uint8_t>& bytes) {
    std::vector<uint32_t> points;
    for (size_t i = 0; i < bytes.size();) {
        unsigned lead = bytes[i], low, high;
        if (lead < 0x80) {
            points.push_back(lead);
            i++;
            continue;
        }
        int tail = tail_length(lead, low, high);
        if (tail < 0 || i + tail >= bytes.size()) return i;
        uint32_t point = lead & (0x3Fu >> tail);
        for (int k = 1; k <= tail; k++) {
            unsigned byte = bytes[i + k];
            if (byte < low || byte > high) return i;
            point = point << 6 | (byte & 0x3F);
            low = 0x80;
            high = 0xBF;
        }
        points.push_back(point);
        i += 1 + tail;
    }
    return points;
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
        auto result = decode(bytes);
        if (auto* offset = std::get_if<size_t>(&result)) {
            std::cout << "INVALID " << *offset << '\n';
            continue;
        }
        line.clear();
        for (uint32_t p : std::get<std::vector<uint32_t>>(result)) {
            snprintf(point, sizeof point, line.empty() ? "U+%04X" : " U+%04X", p);
            line += point;
        }
        std::cout << line << '\n';
    }
    return 0;
}
