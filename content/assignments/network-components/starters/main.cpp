#include <iostream>
#include <string>
#include <vector>

struct Operation {
    char kind;  // 'L' (LINK), 'Q' (QUERY) or 'C' (COUNT)
    int a, b;
};

// One answer per operation: for a QUERY 1 if connected and 0 if not, for a COUNT the number of
// components (LINKs need no answer).
std::vector<int> solve(int n, const std::vector<Operation>& ops) {
    // TODO
    return std::vector<int>(ops.size());
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, q;
    std::cin >> n >> q;
    std::vector<Operation> ops(q);
    for (Operation& op : ops) {
        std::string word;
        std::cin >> word;
        op = {word[0], 0, 0};
        if (op.kind != 'C') std::cin >> op.a >> op.b;
    }
    std::vector<int> answers = solve(n, ops);
    for (int i = 0; i < q; i++) {
        if (ops[i].kind == 'Q') std::cout << (answers[i] ? "YES" : "NO") << '\n';
        if (ops[i].kind == 'C') std::cout << answers[i] << '\n';
    }
    return 0;
}
