#include <array>
#include <iostream>
#include <string>
#include <vector>

using Spec = std::array<int, 3>;  // (a, b, c)

// The specificity of one selector.
Spec specificity(const std::string& selector) {
    // TODO
    return {0, 0, 0};
}

// Reorders the matching rule numbers (1-based) of one element, winner first.
void orderRules(const std::vector<Spec>& specs, std::vector<int>& rules) {
    // TODO
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    std::string line;
    std::getline(std::cin, line);
    int n = std::stoi(line);
    std::vector<Spec> specs(n);
    for (auto& spec : specs) {
        std::getline(std::cin, line);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        spec = specificity(line);
        std::cout << spec[0] << ' ' << spec[1] << ' ' << spec[2] << '\n';
    }
    int q;
    std::cin >> q;
    for (int e = 0; e < q; e++) {
        int k;
        std::cin >> k;
        std::vector<int> rules(k);
        for (int& r : rules) std::cin >> r;
        orderRules(specs, rules);
        for (int j = 0; j < k; j++) std::cout << (j ? " " : "") << rules[j];
        std::cout << '\n';
    }
    return 0;
}
