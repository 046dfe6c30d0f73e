#include <iostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Position of the first '%' not followed by two hex digits, or npos.
size_t firstBadEscape(std::string_view s) {
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == '%' && (i + 2 >= s.size() || hexValue(s[i + 1]) < 0 || hexValue(s[i + 2]) < 0)) return i;
    }
    return std::string_view::npos;
}

std::string decode(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == '%') {
            out += static_cast<char>(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
            i += 2;
        } else {
            out += s[i] == '+' ? ' ' : s[i];
        }
    }
    return out;
}

}  // namespace

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::string out, query;
    for (int k = 0; k < q; k++) {
        std::cin >> query;
        std::string_view s = query;
        if (size_t bad = firstBadEscape(s); bad != std::string_view::npos) {
            out += "INVALID " + std::to_string(bad) + '\n';
            continue;
        }
        // Groups in order of first appearance: groupOf maps a name to its index in `groups`.
        std::unordered_map<std::string, size_t> groupOf;
        std::vector<std::pair<std::string, std::vector<std::string>>> groups;
        int count = 0;
        for (size_t start = 0; start <= s.size();) {
            size_t end = s.find('&', start);
            if (end == std::string_view::npos) end = s.size();
            std::string_view segment = s.substr(start, end - start);
            start = end + 1;
            if (segment.empty()) continue;
            size_t eq = segment.find('=');
            std::string name = decode(segment.substr(0, eq));
            std::string value = eq == std::string_view::npos ? "" : decode(segment.substr(eq + 1));
            auto [it, added] = groupOf.try_emplace(name, groups.size());
            if (added) groups.emplace_back(name, std::vector<std::string>{});
            groups[it->second].second.push_back(std::move(value));
            count++;
        }
        out += std::to_string(count) + '\n';
        for (const auto& [name, values] : groups) {
            for (const std::string& value : values) out += name + '=' + value + '\n';
        }
    }
    std::cout << out;
    return 0;
}
