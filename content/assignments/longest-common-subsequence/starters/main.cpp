#include <iostream>
#include <string>

int solve(const std::string& s, const std::string& t) {
    // TODO: return the length of the longest common subsequence of s and t.
    return 0;
}

int main() {
    std::string s, t;
    std::cin >> s >> t;
    std::cout << solve(s, t) << '\n';
    return 0;
}
