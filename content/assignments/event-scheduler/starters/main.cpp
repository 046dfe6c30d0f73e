#include <iostream>
#include <string>
#include <vector>

// time is `at` for SCHEDULE and EVERY and `t` for ADVANCE; fields a command does not have are 0.
struct Command {
    std::string name;
    int id = 0;
    long long time = 0, period = 0;
};

// Returns the lines to print: "time id" for every event fired, then "PENDING k".
std::vector<std::string> solve(const std::vector<Command>& commands) {
    // TODO
    return {"PENDING 0"};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::vector<Command> commands(q);
    for (auto& c : commands) {
        std::cin >> c.name;
        if (c.name == "ADVANCE") {
            std::cin >> c.time;
        } else if (c.name == "CANCEL") {
            std::cin >> c.id;
        } else {
            std::cin >> c.id >> c.time;
            if (c.name == "EVERY") std::cin >> c.period;
        }
    }
    for (const auto& line : solve(commands)) std::cout << line << '\n';
    return 0;
}
