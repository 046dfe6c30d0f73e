#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

// Integers in [0, 2^k): bit x % 64 of words[x / 64] is set when x is a member.
class BitSet {
public:
    explicit BitSet(int k) : words_(((1 << k) + 63) / 64) {}

    void add(int x) { words_[x >> 6] |= 1ULL << (x & 63); }
    void remove(int x) { words_[x >> 6] &= ~(1ULL << (x & 63)); }
    bool has(int x) const { return words_[x >> 6] >> (x & 63) & 1; }

    int count(int l, int r) const {
        int first = l >> 6, last = r >> 6;
        uint64_t from_l = ~0ULL << (l & 63), to_r = ~0ULL >> (63 - (r & 63));
        if (first == last) return __builtin_popcountll(words_[first] & from_l & to_r);
        int total = __builtin_popcountll(words_[first] & from_l) + __builtin_popcountll(words_[last] & to_r);
        for (int w = first + 1; w < last; w++) total += __builtin_popcountll(words_[w]);
        return total;
    }

    // The rest of x's own word, then whole words until one is not empty.
    int next(int x) const {
        size_t word = x >> 6;
        uint64_t rest = words_[word] & (~0ULL << (x & 63));
        while (rest == 0 && word + 1 < words_.size()) rest = words_[++word];
        return rest ? int(word * 64) + __builtin_ctzll(rest) : -1;
    }

private:
    std::vector<uint64_t> words_;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int k, q;
    std::cin >> k >> q;
    BitSet set(k);
    std::string command;
    for (int i = 0; i < q; i++) {
        int x;
        std::cin >> command >> x;
        if (command == "ADD") {
            set.add(x);
        } else if (command == "REMOVE") {
            set.remove(x);
        } else if (command == "HAS") {
            std::cout << (set.has(x) ? "YES" : "NO") << '\n';
        } else if (command == "COUNT") {
            int r;
            std::cin >> r;
            std::cout << set.count(x, r) << '\n';
        } else {
            std::cout << set.next(x) << '\n';
        }
    }
    return 0;
}
