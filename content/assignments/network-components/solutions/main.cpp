#include <iostream>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

class DisjointSets {
public:
    explicit DisjointSets(int n) : parent_(n + 1), size_(n + 1, 1), components_(n) {
        std::iota(parent_.begin(), parent_.end(), 0);
    }

    int find(int x) {
        while (parent_[x] != x) {
            parent_[x] = parent_[parent_[x]];  // path halving
            x = parent_[x];
        }
        return x;
    }

    void unite(int a, int b) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (size_[a] < size_[b]) std::swap(a, b);
        parent_[b] = a;  // the smaller tree goes under the larger
        size_[a] += size_[b];
        components_--;
    }

    int components() const { return components_; }

private:
    std::vector<int> parent_, size_;
    int components_;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, q;
    std::cin >> n >> q;
    DisjointSets sets(n);
    std::string op, out;
    for (int i = 0; i < q; i++) {
        std::cin >> op;
        if (op == "COUNT") {
            out += std::to_string(sets.components()) + '\n';
            continue;
        }
        int a, b;
        std::cin >> a >> b;
        if (op == "QUERY") {
            out += sets.find(a) == sets.find(b) ? "YES\n" : "NO\n";
        } else {
            sets.unite(a, b);
        }
    }
    std::cout << out;
    return 0;
}
