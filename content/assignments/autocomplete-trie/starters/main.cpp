#include <iostream>
#include <string>
#include <vector>

struct Command {
    bool isAdd;        // ADD text count, or QUERY text
    std::string text;  // the word or the prefix
    long long count;
};

// Returns, for every QUERY, its (at most three) terms, most popular first, ties alphabetical.
std::vector<std::vector<std::string>> solve(const std::vector<Command>& commands) {
    // TODO
    std::vector<std::vector<std::string>> answers;
    for (const Command& c : commands) {
        if (!c.isAdd) answers.emplace_back();
    }
    return answers;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::vector<Command> commands(q);
    std::string name;
    for (Command& c : commands) {
        std::cin >> name >> c.text;
        c.isAdd = name == "ADD";
        c.count = 0;
        if (c.isAdd) std::cin >> c.count;
    }
    for (const auto& terms : solve(commands)) {
        if (terms.empty()) std::cout << '-';
        for (size_t j = 0; j < terms.size(); j++) std::cout << (j ? " " : "") << terms[j];
        std::cout << '\n';
    }
    return 0;
}
