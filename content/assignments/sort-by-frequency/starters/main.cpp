#include <iostream>
#include <vector>

// Returns the values reordered as the statement describes.
std::vector<long long> solve(std::vector<long long> values) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<long long> values(n);
    for (auto& v : values) std::cin >> v;
    std::vector<long long> answer = solve(values);
    for (size_t i = 0; i < answer.size(); i++) std::cout << (i ? " " : "") << answer[i];
    std::cout << '\n';
    return 0;
}
