#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_map>

struct Bucket {
    long long held;  // thousandths of a token
    long long last;  // time of the client's last request, in ms
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long capacity, rate;
    int n;
    std::cin >> capacity >> rate >> n;
    const long long full = 1000 * capacity;
    std::unordered_map<std::string, Bucket> buckets;
    buckets.reserve(static_cast<size_t>(n) * 2);
    std::string client, out;
    for (int i = 0; i < n; i++) {
        long long t, cost;
        std::cin >> t >> client >> cost;
        // A new client starts full at time 0, which is the same as full at its first request.
        Bucket& bucket = buckets.try_emplace(client, Bucket{full, t}).first->second;
        long long gap = t - bucket.last;
        // rate * gap can pass 2^63; a gap longer than full / rate fills the bucket anyway.
        long long held = gap > full / rate ? full : std::min(full, bucket.held + rate * gap);
        long long need = 1000 * cost;
        if (held >= need) {
            held -= need;
            out += "ALLOW " + std::to_string(held / 1000) + '\n';
        } else {
            out += "DENY " + std::to_string((need - held + rate - 1) / rate) + '\n';
        }
        bucket = {held, t};
    }
    std::cout << out;
    return 0;
}
