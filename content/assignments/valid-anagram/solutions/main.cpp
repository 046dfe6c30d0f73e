#include <array>
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::string s, t;
    std::cin >> s >> t;
    std::array<int, 26> count{};
    for (char c : s) count[c - 'a']++;
    for (char c : t) count[c - 'a']--;
    bool anagram = s.size() == t.size();
    for (int c : count) anagram = anagram && c == 0;
    std::cout << (anagram ? "YES" : "NO") << '\n';
    return 0;
}
