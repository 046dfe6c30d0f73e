#include <algorithm>
#include <array>
#include <cctype>
#include <iostream>
#include <string>
#include <vector>

using Spec = std::array<int, 3>;  // (a, b, c), compared lexicographically

// Recursive descent over one selector; only the counting matters, not the structure.
class Parser {
public:
    explicit Parser(const std::string& text) : text_(text) {}

    // Selectors separated by commas, up to a ')' or the end: the most specific one.
    Spec selectorList() {
        Spec best = selector();
        while (peek() == ',') {
            pos_++;
            best = std::max(best, selector());
        }
        return best;
    }

private:
    const std::string& text_;
    size_t pos_ = 0;

    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

    std::string name() {
        size_t start = pos_;
        while (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '-' || peek() == '_') pos_++;
        return text_.substr(start, pos_ - start);
    }

    Spec selector() {
        Spec s{0, 0, 0};
        for (;;) {
            char ch = peek();
            if (ch == ',' || ch == ')' || ch == '\0') return s;
            if (ch == ' ' || ch == '>' || ch == '+' || ch == '~' || ch == '*') {
                pos_++;
            } else if (ch == '#' || ch == '.') {
                pos_++;
                name();
                s[ch == '#' ? 0 : 1]++;
            } else if (ch == '[') {
                skipAttribute();
                s[1]++;
            } else if (ch == ':') {
                Spec p = pseudo();
                for (int i = 0; i < 3; i++) s[i] += p[i];
            } else {
                name();
                s[2]++;
            }
        }
    }

    void skipAttribute() {
        char quote = 0;
        for (pos_++; quote || peek() != ']'; pos_++) {
            if (quote && peek() == quote) quote = 0;
            else if (!quote && (peek() == '"' || peek() == '\'')) quote = peek();
        }
        pos_++;
    }

    Spec pseudo() {
        pos_++;
        if (peek() == ':') {
            pos_++;
            name();
            return {0, 0, 1};
        }
        std::string n = name();
        if (peek() != '(') {
            bool legacy = n == "before" || n == "after" || n == "first-line" || n == "first-letter";
            return legacy ? Spec{0, 0, 1} : Spec{0, 1, 0};
        }
        pos_++;
        if (n == "not" || n == "is" || n == "has" || n == "where") {
            Spec inner = selectorList();
            pos_++;  // the ')'
            return n == "where" ? Spec{0, 0, 0} : inner;
        }
        while (peek() != ')') pos_++;
        pos_++;
        return {0, 1, 0};
    }
};

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
        spec = Parser(line).selectorList();
        std::cout << spec[0] << ' ' << spec[1] << ' ' << spec[2] << '\n';
    }
    int q;
    std::cin >> q;
    for (int e = 0; e < q; e++) {
        int k;
        std::cin >> k;
        std::vector<int> rules(k);
        for (int& r : rules) std::cin >> r;
        // Winner first: higher specificity, then the later rule.
        std::sort(rules.begin(), rules.end(), [&](int r, int s) {
            return specs[r - 1] != specs[s - 1] ? specs[r - 1] > specs[s - 1] : r > s;
        });
        for (int j = 0; j < k; j++) std::cout << (j ? " " : "") << rules[j];
        std::cout << '\n';
    }
    return 0;
}
