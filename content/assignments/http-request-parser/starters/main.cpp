#include <cctype>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

// Parses the requests of one connection (wanted holds the lowercase header names to report)
// and returns its output lines.
std::vector<std::string> solve(const std::vector<std::string>& wanted, std::string_view stream) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string data(std::istreambuf_iterator<char>(std::cin), {});
    size_t pos = 0;
    auto nextLine = [&]() {
        size_t end = data.find('\n', pos);
        std::string line = data.substr(pos, end - pos);
        pos = end + 1;
        return line;
    };
    std::istringstream first(nextLine());
    int k;
    first >> k;
    std::vector<std::string> wanted(k);
    for (std::string& name : wanted) {
        first >> name;
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    int connections = std::stoi(nextLine());
    for (int c = 0; c < connections; c++) {
        size_t size = std::stoul(nextLine());
        for (const std::string& line : solve(wanted, std::string_view(data).substr(pos, size))) std::cout << line << '\n';
        pos += size + 1;  // the connection's bytes and the line feed after them
    }
    return 0;
}
