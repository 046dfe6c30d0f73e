#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::string s, t;
    std::cin >> s >> t;
    // Two rows of the classic table: prev[j] = LCS of s[0..i) and t[0..j).
    std::vector<int> prev(t.size() + 1, 0), cur(t.size() + 1, 0);
    for (char a : s) {
        for (size_t j = 1; j <= t.size(); j++) {
            cur[j] = a == t[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
        }
        std::swap(prev, cur);
    }
    std::cout << prev[t.size()] << '\n';
    return 0;
}
