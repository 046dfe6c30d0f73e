#include <iostream>
#include <string>
#include <vector>

// Words first..last-1 as one line: justified to `width`, or with single spaces.
std::string makeLine(const std::vector<std::string>& words, size_t first, size_t last, size_t width, bool justify) {
    size_t gaps = last - first - 1, letters = 0;
    for (size_t i = first; i < last; i++) letters += words[i].size();
    size_t wide = 1, extra = 0;
    if (justify && gaps > 0) {
        wide = (width - letters) / gaps;
        extra = (width - letters) % gaps;
    }
    std::string line;
    for (size_t i = first; i < last; i++) {
        line += words[i];
        if (i + 1 < last) line.append(wide + (i - first < extra ? 1 : 0), ' ');
    }
    return line;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    size_t width;
    std::cin >> width;
    std::vector<std::string> words;
    for (std::string word; std::cin >> word;) words.push_back(word);
    size_t first = 0, length = 0;  // the current line: words first..i-1, single-spaced
    for (size_t i = 0; i < words.size(); i++) {
        if (i > first && length + 1 + words[i].size() > width) {
            std::cout << makeLine(words, first, i, width, true) << '\n';
            first = i;
            length = 0;
        }
        length += words[i].size() + (i > first ? 1 : 0);
    }
    std::cout << makeLine(words, first, words.size(), width, false) << '\n';
    return 0;
}
