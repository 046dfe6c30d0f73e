#include <iostream>
#include <string>
#include <utility>
#include <vector>

// commands are (command, argument). Returns one line per command: for ADD and REMOVE the number
// of tracked keys that moved, for LOOKUP the owner's name or NONE. Use uint64_t for the hashes.
std::vector<std::string> solve(int v, const std::vector<std::string>& keys, const std::vector<std::pair<std::string, std::string>>& commands) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int v, k, q;
    std::cin >> v >> k >> q;
    std::vector<std::string> keys(k);
    for (std::string& key : keys) std::cin >> key;
    std::vector<std::pair<std::string, std::string>> commands(q);
    for (auto& [command, argument] : commands) std::cin >> command >> argument;
    for (const std::string& line : solve(v, keys, commands)) std::cout << line << '\n';
    return 0;
}
