#include <iostream>
#include <iterator>
#include <string>
#include <vector>

// lines: the output line of every token before the first error; error: its position, or -1.
struct Tokens {
    std::vector<std::string> lines;
    long error = -1;
};

Tokens solve(const std::string& text) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string text(std::istreambuf_iterator<char>(std::cin), {});
    Tokens tokens = solve(text);
    for (const std::string& line : tokens.lines) std::cout << line << '\n';
    if (tokens.error >= 0) std::cout << "ERROR " << tokens.error << '\n';
    return 0;
}
