#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

struct Node {
    std::unordered_map<std::string, int> children;  // static segment -> node index
    int param = -1;     // one child for every parameter, whatever its name
    int end = -1;       // the first route that ends here
    int wildcard = -1;  // the first route whose wildcard starts here
};

std::vector<Node> trie(1);

std::vector<std::string> split(const std::string& path) {
    std::vector<std::string> segments;
    for (size_t start = 1; start < path.size();) {
        size_t slash = path.find('/', start);
        if (slash == std::string::npos) slash = path.size();
        segments.push_back(path.substr(start, slash - start));
        start = slash + 1;
    }
    return segments;
}

void insert(const std::vector<std::string>& segments, int route) {
    int node = 0;
    for (const std::string& segment : segments) {
        if (segment[0] == '*') {
            if (trie[node].wildcard < 0) trie[node].wildcard = route;
            return;
        }
        int next = segment[0] == ':' ? trie[node].param : -1;
        if (segment[0] != ':') {
            auto it = trie[node].children.find(segment);
            if (it != trie[node].children.end()) next = it->second;
        }
        if (next < 0) {
            next = static_cast<int>(trie.size());
            trie.emplace_back();  // may move the nodes: index again below
            if (segment[0] == ':') trie[node].param = next;
            else trie[node].children.emplace(segment, next);
        }
        node = next;
    }
    if (trie[node].end < 0) trie[node].end = route;
}

// The best route for path[i..] below node: static first, then parameter, then wildcard.
int match(int node, const std::vector<std::string>& path, size_t i) {
    if (i == path.size()) return trie[node].end;
    if (auto it = trie[node].children.find(path[i]); it != trie[node].children.end()) {
        if (int found = match(it->second, path, i + 1); found >= 0) return found;
    }
    if (trie[node].param >= 0) {
        if (int found = match(trie[node].param, path, i + 1); found >= 0) return found;
    }
    return trie[node].wildcard;
}

}  // namespace

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m;
    std::cin >> n;
    std::vector<std::string> patterns(n);
    std::vector<std::vector<std::string>> routeSegments(n);
    for (int r = 0; r < n; r++) {
        std::cin >> patterns[r];
        routeSegments[r] = split(patterns[r]);
        insert(routeSegments[r], r);
    }
    std::cin >> m;
    std::string line, out;
    for (int k = 0; k < m; k++) {
        std::cin >> line;
        std::vector<std::string> path = split(line);
        int route = match(0, path, 0);
        if (route < 0) {
            out += "404\n";
            continue;
        }
        out += patterns[route];
        const std::vector<std::string>& segments = routeSegments[route];
        for (size_t i = 0; i < segments.size(); i++) {
            if (segments[i][0] == ':') {
                out += ' ' + segments[i].substr(1) + '=' + path[i];
            } else if (segments[i][0] == '*') {
                out += ' ' + segments[i].substr(1) + '=' + path[i];
                for (size_t j = i + 1; j < path.size(); j++) out += '/' + path[j];
            }
        }
        out += '\n';
    }
    std::cout << out;
    return 0;
}
