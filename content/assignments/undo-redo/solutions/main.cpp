#include <iostream>
#include <string>
#include <vector>

// TYPE appended `chars`; DELETE removed them from the end.
struct Edit {
    bool isType;
    std::string chars;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::string text, command, arg;
    std::vector<Edit> undo, redo;
    auto apply = [&](const Edit& e) {
        if (e.isType) text += e.chars;
        else text.resize(text.size() - e.chars.size());
    };
    auto revert = [&](const Edit& e) {
        if (e.isType) text.resize(text.size() - e.chars.size());
        else text += e.chars;
    };
    for (int i = 0; i < q; i++) {
        std::cin >> command;
        if (command == "TYPE" || command == "DELETE") {
            std::cin >> arg;
            Edit e{command == "TYPE", arg};
            if (!e.isType) {
                size_t k = std::min<long long>(std::stoll(arg), (long long)text.size());
                e.chars = text.substr(text.size() - k);
            }
            apply(e);
            undo.push_back(std::move(e));
            redo.clear();
        } else if (command == "UNDO") {
            if (undo.empty()) continue;
            revert(undo.back());
            redo.push_back(std::move(undo.back()));
            undo.pop_back();
        } else if (command == "REDO") {
            if (redo.empty()) continue;
            apply(redo.back());
            undo.push_back(std::move(redo.back()));
            redo.pop_back();
        } else {
            std::cout << text << '\n';
        }
    }
    return 0;
}
