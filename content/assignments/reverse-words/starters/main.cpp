#include <iostream>
#include <string>
#include <vector>

std::vector<std::string> solve(const std::vector<std::string>& words) {
    // TODO: return the words in reverse order.
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> words;
    std::string word;
    while (std::cin >> word) words.push_back(word);
    std::vector<std::string> answer = solve(words);
    for (size_t i = 0; i < answer.size(); i++) std::cout << (i ? " " : "") << answer[i];
    std::cout << '\n';
    return 0;
}
