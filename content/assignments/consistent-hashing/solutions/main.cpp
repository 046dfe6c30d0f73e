#include <algorithm>
#include <cstdint>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

// FNV-1a 64, then the MurmurHash3 finalizer (fmix64). Unsigned arithmetic wraps modulo 2^64.
uint64_t ring_hash(const std::string& s) {
    uint64_t h = 14695981039346656037ULL;
    for (unsigned char b : s) h = (h ^ b) * 1099511628211ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

struct Point {
    uint64_t hash;
    int node;  // index into the node names: a plain struct keeps inserting into the ring cheap
    int replica;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int v, k, q;
    std::cin >> v >> k >> q;
    std::vector<uint64_t> key_hashes(k);
    for (uint64_t& h : key_hashes) {
        std::string key;
        std::cin >> key;
        h = ring_hash(key);
    }
    std::sort(key_hashes.begin(), key_hashes.end());
    auto keys_up_to = [&](uint64_t h) {
        return std::upper_bound(key_hashes.begin(), key_hashes.end(), h) - key_hashes.begin();
    };

    std::vector<std::string> names;
    std::unordered_map<std::string, int> node_ids;
    std::vector<bool> on_ring;
    // Ring order: hash, then node name, then replica number.
    auto before = [&](const Point& a, const Point& b) {
        if (a.hash != b.hash) return a.hash < b.hash;
        if (a.node != b.node) return names[a.node] < names[b.node];
        return a.replica < b.replica;
    };
    std::vector<Point> ring;  // sorted: the ring clockwise
    auto index_of = [&](const Point& p) { return std::lower_bound(ring.begin(), ring.end(), p, before) - ring.begin(); };
    // Tracked keys owned by a point on the ring: after its predecessor, up to it.
    auto owned_by = [&](const Point& p) -> long {
        if (ring.size() == 1) return k;
        long j = index_of(p);
        if (j == 0) return keys_up_to(p.hash) + k - keys_up_to(ring.back().hash);
        return keys_up_to(p.hash) - keys_up_to(ring[j - 1].hash);
    };

    std::string out, command, name;
    std::vector<Point> points(v);
    for (int i = 0; i < q; i++) {
        std::cin >> command >> name;
        if (command == "LOOKUP") {
            if (ring.empty()) {
                out += "NONE\n";
                continue;
            }
            uint64_t h = ring_hash(name);
            size_t j = std::partition_point(ring.begin(), ring.end(), [h](const Point& p) { return p.hash < h; }) - ring.begin();
            out += names[ring[j % ring.size()].node] + '\n';
            continue;
        }
        auto [it, is_new] = node_ids.emplace(name, static_cast<int>(names.size()));
        if (is_new) {
            names.push_back(name);
            on_ring.push_back(false);
        }
        int id = it->second;
        bool adding = command == "ADD";
        if (adding == on_ring[id]) {  // already there, or not there to remove
            out += "0\n";
            continue;
        }
        for (int r = 0; r < v; r++) points[r] = {ring_hash(name + '#' + std::to_string(r)), id, r};
        long moved = 0;
        if (adding) {
            for (const Point& p : points) ring.insert(ring.begin() + index_of(p), p);
            // The node was nowhere before, so every key it owns now has moved.
            for (const Point& p : points) moved += owned_by(p);
        } else {
            for (const Point& p : points) moved += owned_by(p);
            for (const Point& p : points) ring.erase(ring.begin() + index_of(p));
        }
        on_ring[id] = adding;
        out += std::to_string(moved) + '\n';
    }
    std::cout << out;
    return 0;
}
