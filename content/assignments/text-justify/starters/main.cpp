#include <iostream>
#include <string>
#include <vector>

// Returns the justified lines.
std::vector<std::string> solve(size_t width, const std::vector<std::string>& words) {
    // TODO
    std::string line;
    for (const std::string& word : words) line += (line.empty() ? "" : " ") + word;
    return {line};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    size_t width;
    std::cin >> width;
    std::vector<std::string> words;
    for (std::string word; std::cin >> word;) words.push_back(word);
    for (const std::string& line : solve(width, words)) std::cout << line << '\n';
    return 0;
}
