#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, q;
    std::cin >> n >> q;
    std::vector<long long> values(n);
    for (auto& v : values) std::cin >> v;
    std::string op;
    for (int k = 0; k < q; k++) {
        std::cin >> op;
        if (op == "COUNT") {
            long long lo, hi;
            std::cin >> lo >> hi;
            auto count = std::upper_bound(values.begin(), values.end(), hi) - std::lower_bound(values.begin(), values.end(), lo);
            std::cout << std::max<long long>(count, 0) << '\n';
        } else {
            long long x;
            std::cin >> x;
            auto first = std::lower_bound(values.begin(), values.end(), x) - values.begin();
            std::cout << (first < n ? first : -1) << '\n';
        }
    }
    return 0;
}
