#include <iostream>
#include <string>

bool solve(const std::string& s, const std::string& t) {
    // TODO: return true when t is an anagram of s.
    return false;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string s, t;
    std::cin >> s >> t;
    std::cout << (solve(s, t) ? "YES" : "NO") << '\n';
    return 0;
}
