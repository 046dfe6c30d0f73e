#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

// The varint of value as uppercase hex: seven bits per byte, low bits first, high bit = more.
std::string encode(uint64_t value) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (;;) {
        unsigned byte = value & 0x7F;
        value >>= 7;
        if (value) byte |= 0x80;
        out += digits[byte >> 4];
        out += digits[byte & 15];
        if (!value) return out;
    }
}

// Every varint of the hex stream, or nothing if one is cut off or does not fit in 64 bits.
std::optional<std::vector<uint64_t>> decode(const std::string& hex) {
    std::vector<uint64_t> values;
    uint64_t value = 0;
    int shift = 0;
    for (size_t i = 0; i < hex.size(); i += 2) {
        unsigned byte = std::stoul(hex.substr(i, 2), nullptr, 16);
        // The tenth byte holds bit 63 only: anything above 1 would need a 65th bit.
        if (shift == 63 && byte > 1) return std::nullopt;
        value |= uint64_t(byte & 0x7F) << shift;
        if (byte & 0x80) {
            shift += 7;
        } else {
            values.push_back(value);
            value = 0;
            shift = 0;
        }
    }
    if (shift != 0) return std::nullopt;
    return values;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::string command, argument;
    for (int i = 0; i < q; i++) {
        std::cin >> command >> argument;
        if (command == "ENCODE") {
            std::cout << encode(std::stoull(argument)) << '\n';
        } else if (command == "ENCODE_ZIGZAG") {
            int64_t s = std::stoll(argument);
            std::cout << encode((uint64_t(s) << 1) ^ uint64_t(s >> 63)) << '\n';
        } else {
            auto values = decode(argument);
            if (!values) {
                std::cout << "INVALID\n";
                continue;
            }
            bool zigzag = command == "DECODE_ZIGZAG";
            for (size_t k = 0; k < values->size(); k++) {
                uint64_t v = (*values)[k];
                if (k > 0) std::cout << ' ';
                if (zigzag) {
                    std::cout << (int64_t(v >> 1) ^ -int64_t(v & 1));
                } else {
                    std::cout << v;
                }
            }
            std::cout << '\n';
        }
    }
    return 0;
}
