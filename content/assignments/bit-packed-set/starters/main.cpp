#include <iostream>
#include <string>
#include <vector>

struct Command {
    std::string name;
    int x, r;  // r is 0 unless the command is COUNT
};

// Runs the commands on a set of integers in [0, 2^k); returns the answers of HAS ("YES"/"NO"),
// COUNT and NEXT, in order.
std::vector<std::string> solve(int k, const std::vector<Command>& commands) {
    // TODO
    std::vector<std::string> answers;
    for (const auto& c : commands) {
        if (c.name != "ADD" && c.name != "REMOVE") answers.push_back("NO");
    }
    return answers;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int k, q;
    std::cin >> k >> q;
    std::vector<Command> commands(q);
    for (auto& c : commands) {
        std::cin >> c.name >> c.x;
        c.r = 0;
        if (c.name == "COUNT") std::cin >> c.r;
    }
    for (const auto& line : solve(k, commands)) std::cout << line << '\n';
    return 0;
}
