#include <iostream>
#include <string>
#include <utility>
#include <vector>

// Each command is {name, argument}; the argument is "" for UNDO, REDO and PRINT.
// Returns the text printed by each PRINT.
std::vector<std::string> solve(const std::vector<std::pair<std::string, std::string>>& commands) {
    // TODO
    std::vector<std::string> printed;
    for (const auto& [name, arg] : commands) {
        if (name == "PRINT") printed.push_back("");
    }
    return printed;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::vector<std::pair<std::string, std::string>> commands(q);
    for (auto& [name, arg] : commands) {
        std::cin >> name;
        if (name == "TYPE" || name == "DELETE") std::cin >> arg;
    }
    for (const std::string& text : solve(commands)) std::cout << text << '\n';
    return 0;
}
