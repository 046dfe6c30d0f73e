#include <iostream>
#include <string>
#include <vector>

struct Request {
    long long t = 0;
    std::string client;
    long long cost = 0;
};

// value is the whole tokens left when allowed, the milliseconds to wait when denied.
struct Decision {
    bool allowed = true;
    long long value = 0;
};

std::vector<Decision> solve(long long capacity, long long rate, const std::vector<Request>& requests) {
    // TODO
    return std::vector<Decision>(requests.size());
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long capacity, rate;
    int n;
    std::cin >> capacity >> rate >> n;
    std::vector<Request> requests(n);
    for (Request& r : requests) std::cin >> r.t >> r.client >> r.cost;
    for (const Decision& d : solve(capacity, rate, requests)) {
        std::cout << (d.allowed ? "ALLOW " : "DENY ") << d.value << '\n';
    }
    return 0;
}
