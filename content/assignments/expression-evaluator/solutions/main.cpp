#include <climits>
#include <iostream>
#include <string>

// Thrown by the first step that fails; answer is the line to print.
struct Failure {
    const char* answer;
};

// Recursive descent that evaluates as it parses, left operand first.
class Evaluator {
public:
    explicit Evaluator(const std::string& text) : text_(text) {}

    long long expression() {
        long long value = term();
        for (char op; (op = peek()) == '+' || op == '-';) {
            pos_++;
            long long right = term();
            if (op == '+' ? __builtin_add_overflow(value, right, &value) : __builtin_sub_overflow(value, right, &value)) {
                throw Failure{"OVERFLOW"};
            }
        }
        return value;
    }

private:
    char peek() {
        while (pos_ < text_.size() && text_[pos_] == ' ') pos_++;
        return pos_ < text_.size() ? text_[pos_] : '\0';
    }

    long long term() {
        long long value = unary();
        for (char op; (op = peek()) == '*' || op == '/' || op == '%';) {
            pos_++;
            long long right = unary();
            if (op == '*') {
                if (__builtin_mul_overflow(value, right, &value)) throw Failure{"OVERFLOW"};
            } else if (right == 0) {
                throw Failure{"DIVISION BY ZERO"};
            } else if (value == LLONG_MIN && right == -1) {
                // The quotient 2^63 does not fit; the remainder is 0, but x86 faults computing it.
                if (op == '/') throw Failure{"OVERFLOW"};
                value = 0;
            } else {
                value = op == '/' ? value / right : value % right;
            }
        }
        return value;
    }

    long long unary() {
        if (peek() != '-') return primary();
        pos_++;
        long long value = unary();
        if (value == LLONG_MIN) throw Failure{"OVERFLOW"};
        return -value;
    }

    long long primary() {
        if (peek() == '(') {
            pos_++;
            long long value = expression();
            peek();
            pos_++;  // the closing parenthesis
            return value;
        }
        long long value = 0;
        for (; pos_ < text_.size() && isdigit(text_[pos_]); pos_++) {
            if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, text_[pos_] - '0', &value)) {
                throw Failure{"OVERFLOW"};
            }
        }
        return value;
    }

    const std::string& text_;
    size_t pos_ = 0;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    std::string line;
    std::getline(std::cin, line);
    int n = std::stoi(line);
    for (int i = 0; i < n; i++) {
        std::getline(std::cin, line);
        try {
            std::cout << Evaluator(line).expression() << '\n';
        } catch (const Failure& failure) {
            std::cout << failure.answer << '\n';
        }
    }
    return 0;
}
