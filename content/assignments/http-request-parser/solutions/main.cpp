#include <algorithm>
#include <cctype>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

const std::string_view NAME_SYMBOLS = "!#$%&'*+-.^_`|~";

// Malformed: the server answers 400 and closes the connection.
struct BadRequest {
    std::string reason;
};

bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || NAME_SYMBOLS.find(c) != std::string_view::npos; }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim(std::string_view s) {
    size_t start = s.find_first_not_of(" \t");
    if (start == std::string_view::npos) return {};
    return s.substr(start, s.find_last_not_of(" \t") - start + 1);
}

bool validRequestLine(std::string_view line, std::string_view& method, std::string_view& target) {
    size_t first = line.find(' '), second = line.find(' ', first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos) return false;
    method = line.substr(0, first);
    target = line.substr(first + 1, second - first - 1);
    bool methodOk = !method.empty() && std::all_of(method.begin(), method.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    bool targetOk = !target.empty() && target[0] == '/' && std::all_of(target.begin(), target.end(), [](char c) { return c >= 33 && c <= 126; });
    return methodOk && targetOk && line.substr(second + 1) == "HTTP/1.1";
}

class Connection {
public:
    explicit Connection(std::string_view stream) : stream_(stream) {}

    // The next line without its LF (and a CR just before it).
    std::string_view readLine() {
        size_t end = stream_.find('\n', pos_);
        if (end == std::string_view::npos) throw BadRequest{"incomplete request"};
        std::string_view line = stream_.substr(pos_, end - pos_);
        pos_ = end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        return line;
    }

    // The next n bytes, whatever they hold.
    std::string_view take(size_t n) {
        std::string_view bytes = stream_.substr(pos_, n);
        pos_ += n;
        return bytes;
    }

    // Skips the empty lines before a request line; false at the end of the connection.
    bool hasRequest() {
        while (stream_.substr(pos_, 1) == "\n" || stream_.substr(pos_, 2) == "\r\n") pos_ = stream_.find('\n', pos_) + 1;
        return pos_ < stream_.size();
    }

    void readRequest(const std::vector<std::string>& wanted, std::string& out) {
        std::string_view method, target;
        if (!validRequestLine(readLine(), method, target)) throw BadRequest{"bad request line"};
        std::map<std::string, std::vector<std::string_view>> fields;
        std::string length;  // Content-Length without leading zeros
        bool hasLength = false;
        for (std::string_view line = readLine(); !line.empty(); line = readLine()) {
            if (line[0] == ' ' || line[0] == '\t') throw BadRequest{"folded header"};
            size_t colon = line.find(':');
            if (colon == std::string_view::npos || colon == 0 || !std::all_of(line.begin(), line.begin() + colon, isNameChar)) {
                throw BadRequest{"bad header"};
            }
            std::string name = lower(line.substr(0, colon));
            std::string_view value = trim(line.substr(colon + 1));
            if (name == "content-length") {
                bool digits = !value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
                std::string stripped(value.substr(std::min(value.find_first_not_of('0'), value.size())));
                if (!digits || (hasLength && stripped != length)) throw BadRequest{"bad content length"};
                length = stripped;
                hasLength = true;
            }
            fields[name].push_back(value);
        }
        // More than 18 digits is more than any connection holds (and more than fits in 64 bits).
        size_t left = stream_.size() - pos_;
        if (length.size() > 18 || (!length.empty() && std::stoull(length) > left)) throw BadRequest{"incomplete request"};
        size_t body = length.empty() ? 0 : std::stoull(length);
        pos_ += body;
        out.append(method).append(" ").append(target).append(" ").append(std::to_string(body)).append("\n");
        for (const std::string& name : wanted) {
            auto it = fields.find(name);
            if (it == fields.end()) continue;
            out.append(name).append(": ");
            for (size_t i = 0; i < it->second.size(); i++) out.append(i ? ", " : "").append(it->second[i]);
            out += '\n';
        }
    }

private:
    std::string_view stream_;
    size_t pos_ = 0;
};

}  // namespace

int main() {
    std::ios::sync_with_stdio(false);
    std::string data(std::istreambuf_iterator<char>(std::cin), {});
    Connection input(data);
    std::istringstream first{std::string(input.readLine())};
    int k;
    first >> k;
    std::vector<std::string> wanted(k);
    for (std::string& name : wanted) {
        first >> name;
        name = lower(name);
    }
    int connections = std::stoi(std::string(input.readLine()));
    std::string out;
    for (int c = 0; c < connections; c++) {
        Connection connection(input.take(std::stoul(std::string(input.readLine()))));
        input.take(1);  // the line feed after the connection's bytes
        try {
            while (connection.hasRequest()) connection.readRequest(wanted, out);
        } catch (const BadRequest& error) {
            out += "400 " + error.reason + '\n';
        }
    }
    std::cout << out;
    return 0;
}
