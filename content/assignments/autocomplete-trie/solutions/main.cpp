#include <algorithm>
#include <array>
#include <iostream>
#include <string>
#include <vector>

// A trie node. A term is identified by the node where it ends, which stores its text.
struct Node {
    std::array<int, 26> child{};
    std::vector<int> top;  // the best (at most three) terms below this node, best first
    long long popularity = 0;
    std::string term;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::vector<Node> nodes(1);
    auto better = [&](int a, int b) {
        if (nodes[a].popularity != nodes[b].popularity) return nodes[a].popularity > nodes[b].popularity;
        return nodes[a].term < nodes[b].term;
    };
    // `term` just gained popularity: it can only move up in, or enter, this node's best three.
    auto updateTop = [&](int node, int term) {
        std::vector<int>& top = nodes[node].top;
        top.erase(std::remove(top.begin(), top.end(), term), top.end());
        auto at = top.begin();
        while (at != top.end() && better(*at, term)) ++at;
        top.insert(at, term);
        if (top.size() > 3) top.pop_back();
    };
    std::string command, text;
    for (int i = 0; i < q; i++) {
        std::cin >> command >> text;
        if (command == "ADD") {
            long long count;
            std::cin >> count;
            std::vector<int> path{0};
            for (char c : text) {
                if (nodes[path.back()].child[c - 'a'] == 0) {
                    nodes[path.back()].child[c - 'a'] = (int)nodes.size();
                    nodes.emplace_back();
                }
                path.push_back(nodes[path.back()].child[c - 'a']);
            }
            int term = path.back();
            nodes[term].term = text;
            nodes[term].popularity += count;
            for (int node : path) updateTop(node, term);
        } else {
            int at = 0;
            for (char c : text) {
                at = nodes[at].child[c - 'a'];
                if (at == 0) break;
            }
            if (at == 0 || nodes[at].top.empty()) {
                std::cout << "-\n";
                continue;
            }
            const std::vector<int>& top = nodes[at].top;
            for (size_t j = 0; j < top.size(); j++) std::cout << (j ? " " : "") << nodes[top[j]].term;
            std::cout << '\n';
        }
    }
    return 0;
}
