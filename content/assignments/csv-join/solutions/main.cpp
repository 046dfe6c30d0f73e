#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

using Row = std::vector<std::string>;

namespace {

// Reads one RFC 4180 row: unquoted fields run to the next comma; quoted ones to the closing quote.
Row parseRow(const std::string& line) {
    Row fields;
    size_t i = 0;
    for (;;) {
        std::string value;
        if (i < line.size() && line[i] == '"') {
            for (i++;; i++) {
                if (line[i] != '"') {
                    value += line[i];
                } else if (i + 1 < line.size() && line[i + 1] == '"') {
                    value += '"';
                    i++;
                } else {
                    i++;
                    break;
                }
            }
        } else {
            size_t comma = std::min(line.find(',', i), line.size());
            value = line.substr(i, comma - i);
            i = comma;
        }
        fields.push_back(std::move(value));
        if (i >= line.size()) return fields;
        i++;  // the comma
    }
}

void appendCsv(std::string& out, const std::string& value) {
    if (value.find_first_of(",\"") == std::string::npos) {
        out += value;
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void appendRow(std::string& out, const Row& first, const Row& second) {
    bool comma = false;
    for (const Row* part : {&first, &second}) {
        for (const std::string& value : *part) {
            if (comma) out += ',';
            appendCsv(out, value);
            comma = true;
        }
    }
    out += '\n';
}

std::vector<Row> readTable(std::istream& in) {
    std::string line;
    std::getline(in, line);
    int rows = std::stoi(line);
    std::vector<Row> table;
    for (int r = 0; r <= rows; r++) {
        std::getline(in, line);
        table.push_back(parseRow(line));
    }
    return table;
}

}  // namespace

int main() {
    std::ios::sync_with_stdio(false);
    std::string join, leftKey, rightKey, rest;
    std::cin >> join >> leftKey >> rightKey;
    std::getline(std::cin, rest);
    std::vector<Row> left = readTable(std::cin), right = readTable(std::cin);
    size_t li = std::find(left[0].begin(), left[0].end(), leftKey) - left[0].begin();
    size_t ri = std::find(right[0].begin(), right[0].end(), rightKey) - right[0].begin();
    auto withoutKey = [ri](Row row) {
        row.erase(row.begin() + static_cast<long>(ri));
        return row;
    };

    std::unordered_map<std::string, std::vector<Row>> rowsByKey;
    for (size_t r = 1; r < right.size(); r++) rowsByKey[right[r][ri]].push_back(withoutKey(right[r]));
    std::vector<Row> unmatched;
    if (join == "LEFT") unmatched.emplace_back(right[0].size() - 1);

    std::string out;
    appendRow(out, left[0], withoutKey(right[0]));
    for (size_t r = 1; r < left.size(); r++) {
        auto it = rowsByKey.find(left[r][li]);
        for (const Row& match : it == rowsByKey.end() ? unmatched : it->second) appendRow(out, left[r], match);
    }
    std::cout << out;
    return 0;
}
