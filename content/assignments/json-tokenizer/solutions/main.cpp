#include <cctype>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <utility>

namespace {

const std::string PUNCTUATION = "{}[]:,", WHITESPACE = " \t\n\r";
const std::string ESCAPE_LETTERS = "\"\\/bfnrt", ESCAPED = "\"\\/\b\f\n\r\t";

// Cuts a text into tokens. next() writes one token's output line, or returns the position of
// the first byte that cannot come next.
class Tokenizer {
public:
    explicit Tokenizer(std::string text) : text_(std::move(text)), n_(text_.size()) {}

    bool atEnd() {
        while (pos_ < n_ && WHITESPACE.find(text_[pos_]) != std::string::npos) pos_++;
        return pos_ == n_;
    }

    // Returns npos and fills `line`, or returns where the error is.
    size_t next(std::string& line) {
        line.clear();
        char c = text_[pos_];
        if (PUNCTUATION.find(c) != std::string::npos) {
            line = c;
            pos_++;
            return std::string::npos;
        }
        if (c == '"') return readString(line);
        size_t start = pos_;
        if (c == 't' || c == 'f' || c == 'n') {
            std::string word = c == 't' ? "true" : c == 'f' ? "false" : "null";
            for (char w : word) {
                if (pos_ >= n_ || text_[pos_] != w) return pos_;
                pos_++;
            }
        } else if (c == '-' || isDigit(pos_)) {
            line = "NUMBER ";
            if (size_t error = readNumber(); error != std::string::npos) return error;
        } else {
            return pos_;
        }
        // A number or literal must be followed by whitespace, punctuation or the end.
        if (pos_ < n_ && WHITESPACE.find(text_[pos_]) == std::string::npos && PUNCTUATION.find(text_[pos_]) == std::string::npos) {
            return pos_;
        }
        line.append(text_, start, pos_ - start);
        return std::string::npos;
    }

private:
    bool isDigit(size_t i) const { return i < n_ && text_[i] >= '0' && text_[i] <= '9'; }
    bool isHex(size_t i) const { return i < n_ && std::isxdigit(static_cast<unsigned char>(text_[i])); }

    void skipDigits() {
        while (isDigit(pos_)) pos_++;
    }

    size_t readNumber() {
        if (text_[pos_] == '-') pos_++;
        if (pos_ < n_ && text_[pos_] == '0') pos_++;
        else if (isDigit(pos_)) skipDigits();
        else return pos_;
        if (pos_ < n_ && text_[pos_] == '.') {
            if (!isDigit(++pos_)) return pos_;
            skipDigits();
        }
        if (pos_ < n_ && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
            pos_++;
            if (pos_ < n_ && (text_[pos_] == '+' || text_[pos_] == '-')) pos_++;
            if (!isDigit(pos_)) return pos_;
            skipDigits();
        }
        return std::string::npos;
    }

    static void appendCanonical(std::string& line, unsigned code) {
        if (code == '"' || code == '\\') {
            line += '\\';
            line += static_cast<char>(code);
        } else if (code >= 0x20 && code <= 0x7e) {
            line += static_cast<char>(code);
        } else {
            char escape[7];
            std::snprintf(escape, sizeof escape, "\\u%04x", code);
            line += escape;
        }
    }

    size_t readString(std::string& line) {
        line = "STRING \"";
        for (pos_++;;) {
            if (pos_ >= n_) return n_;
            char c = text_[pos_];
            if (c == '"') break;
            if (c != '\\') {
                if (c < ' ') return pos_;  // a raw tab or line break
                appendCanonical(line, static_cast<unsigned char>(c));
                pos_++;
                continue;
            }
            if (pos_ + 1 >= n_) return n_;
            size_t simple = ESCAPE_LETTERS.find(text_[pos_ + 1]);
            if (simple != std::string::npos) {
                appendCanonical(line, static_cast<unsigned char>(ESCAPED[simple]));
                pos_ += 2;
            } else if (text_[pos_ + 1] == 'u') {
                for (size_t k = pos_ + 2; k < pos_ + 6; k++) {
                    if (!isHex(k)) return k;
                }
                appendCanonical(line, static_cast<unsigned>(std::stoul(text_.substr(pos_ + 2, 4), nullptr, 16)));
                pos_ += 6;
            } else {
                return pos_ + 1;
            }
        }
        pos_++;
        line += '"';
        return std::string::npos;
    }

    std::string text_;
    size_t n_, pos_ = 0;
};

}  // namespace

int main() {
    std::ios::sync_with_stdio(false);
    Tokenizer tokenizer(std::string(std::istreambuf_iterator<char>(std::cin), {}));
    std::string out, line;
    while (!tokenizer.atEnd()) {
        if (size_t error = tokenizer.next(line); error != std::string::npos) {
            out += "ERROR " + std::to_string(error) + '\n';
            break;
        }
        out += line + '\n';
    }
    std::cout << out;
    return 0;
}
