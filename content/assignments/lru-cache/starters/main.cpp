#include <iostream>
#include <string>
#include <vector>

struct Command {
    std::string name;  // GET or PUT
    long long key = 0, value = 0;  // value is 0 for GET
};

// Returns the lines to print: each GET's value or "-1", and "EVICT key" for each eviction.
std::vector<std::string> solve(int capacity, const std::vector<Command>& commands) {
    // TODO
    std::vector<std::string> lines;
    for (const Command& command : commands) {
        if (command.name == "GET") lines.push_back("-1");
    }
    return lines;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int capacity, q;
    std::cin >> capacity >> q;
    std::vector<Command> commands(q);
    for (Command& command : commands) {
        std::cin >> command.name >> command.key;
        if (command.name == "PUT") std::cin >> command.value;
    }
    for (const std::string& line : solve(capacity, commands)) std::cout << line << '\n';
    return 0;
}
