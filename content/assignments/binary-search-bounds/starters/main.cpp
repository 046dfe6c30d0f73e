#include <iostream>
#include <string>
#include <vector>

struct Query {
    bool isCount;  // true: COUNT lo hi (a = lo, b = hi); false: FIRST x (a = x)
    long long a, b;
};

// Returns one answer per query: the count in [lo, hi], or the first index with a value >= x
// (-1 if none).
std::vector<long long> solve(const std::vector<long long>& values, const std::vector<Query>& queries) {
    // TODO
    return std::vector<long long>(queries.size(), 0);
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, q;
    std::cin >> n >> q;
    std::vector<long long> values(n);
    for (auto& v : values) std::cin >> v;
    std::vector<Query> queries(q);
    std::string op;
    for (auto& query : queries) {
        std::cin >> op;
        query = {op == "COUNT", 0, 0};
        std::cin >> query.a;
        if (query.isCount) std::cin >> query.b;
    }
    for (long long answer : solve(values, queries)) std::cout << answer << '\n';
    return 0;
}
