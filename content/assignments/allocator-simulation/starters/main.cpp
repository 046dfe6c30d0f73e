#include <iostream>
#include <string>
#include <vector>

struct Command {
    bool is_malloc;   // MALLOC or FREE
    long long value;  // the size for MALLOC, the address for FREE
};

// Returns the lines to print: one answer per command, then the USED, FREE and FRAGMENTATION lines.
std::vector<std::string> solve(long long arena, const std::vector<Command>& commands) {
    // TODO
    std::vector<std::string> lines(commands.size(), "NULL");
    lines.insert(lines.end(), {"USED 0 0", "FREE 0 0 0", "FRAGMENTATION 0"});
    return lines;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long arena;
    int q;
    std::cin >> arena >> q;
    std::vector<Command> commands(q);
    std::string name;
    for (auto& c : commands) {
        std::cin >> name >> c.value;
        c.is_malloc = name == "MALLOC";
    }
    for (const auto& line : solve(arena, commands)) std::cout << line << '\n';
    return 0;
}
