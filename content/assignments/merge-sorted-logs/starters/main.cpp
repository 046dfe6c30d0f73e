#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Merged {
    unsigned long long t;
    int stream;  // counting from 1
    std::string message;
};

using Stream = std::vector<std::pair<unsigned long long, std::string>>;

// Returns every line with its stream number, ordered by t, then stream number, keeping each
// stream's own order.
std::vector<Merged> solve(const std::vector<Stream>& streams) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int k;
    std::cin >> k;
    std::vector<Stream> streams(k);
    for (Stream& stream : streams) {
        int m;
        std::cin >> m;
        stream.resize(m);
        for (auto& [t, message] : stream) std::cin >> t >> message;
    }
    for (const Merged& line : solve(streams)) std::cout << line.t << ' ' << line.stream << ' ' << line.message << '\n';
    return 0;
}
