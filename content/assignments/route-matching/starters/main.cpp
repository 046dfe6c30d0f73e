#include <iostream>
#include <string>
#include <utility>
#include <vector>

// route is the index of the winning pattern, or -1 if none matches; params are in pattern order.
struct Match {
    int route = -1;
    std::vector<std::pair<std::string, std::string>> params;
};

std::vector<Match> solve(const std::vector<std::string>& patterns, const std::vector<std::string>& paths) {
    // TODO
    return std::vector<Match>(paths.size());
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m;
    std::cin >> n;
    std::vector<std::string> patterns(n);
    for (std::string& pattern : patterns) std::cin >> pattern;
    std::cin >> m;
    std::vector<std::string> paths(m);
    for (std::string& path : paths) std::cin >> path;
    for (const Match& match : solve(patterns, paths)) {
        if (match.route < 0) {
            std::cout << "404\n";
            continue;
        }
        std::cout << patterns[match.route];
        for (const auto& [name, value] : match.params) std::cout << ' ' << name << '=' << value;
        std::cout << '\n';
    }
    return 0;
}
