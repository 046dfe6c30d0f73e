#include <iostream>
#include <string>
#include <vector>

// left and right are the CSV lines of each table, header first. Returns the lines of the
// joined table, header first.
std::vector<std::string> solve(const std::string& join, const std::string& leftKey, const std::string& rightKey,
                               const std::vector<std::string>& left, const std::vector<std::string>& right) {
    // TODO
    return {};
}

std::vector<std::string> readTable(std::istream& in) {
    std::string line;
    std::getline(in, line);
    std::vector<std::string> lines(std::stoi(line) + 1);
    for (std::string& row : lines) std::getline(in, row);
    return lines;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string join, leftKey, rightKey, rest;
    std::cin >> join >> leftKey >> rightKey;
    std::getline(std::cin, rest);
    std::vector<std::string> left = readTable(std::cin);
    std::vector<std::string> right = readTable(std::cin);
    for (const std::string& line : solve(join, leftKey, rightKey, left, right)) std::cout << line << '\n';
    return 0;
}
