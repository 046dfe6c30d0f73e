#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

// A first-fit allocator over 8-byte granules. Segment tree: leaf size + g holds the length (in
// granules) of the free block starting at granule g, or 0, and every inner node the largest in
// its subtree, so the first fit is the leftmost leaf that is large enough.
class Arena {
public:
    explicit Arena(long long bytes)
        : bytes_(bytes), granules_(bytes / 8), ends_at_(granules_ + 1, -1), allocated_(granules_, 0), returned_(granules_, false) {
        while (size_ < granules_) size_ *= 2;
        best_.assign(2 * size_, 0);
        set_free_length(0, granules_);
        ends_at_[granules_] = 0;
    }

    // The address of the new block, or -1 for NULL.
    long long allocate(long long request) {
        // Compare before rounding: request + 7 overflows for the largest sizes.
        if (request <= 0 || request > bytes_) return -1;
        int need = (request + 7) / 8;
        if (best_[1] < need) return -1;
        int node = 1;
        while (node < size_) node = best_[2 * node] >= need ? 2 * node : 2 * node + 1;
        int g = node - size_, length = best_[node];
        set_free_length(g, 0);
        ends_at_[g + length] = -1;
        if (length > need) {  // the rest of the block stays free
            set_free_length(g + need, length - need);
            ends_at_[g + length] = g + need;
        }
        allocated_[g] = need;
        returned_[g] = true;
        used_granules_ += need;
        used_blocks_++;
        return 8LL * g;
    }

    const char* release(long long address) {
        bool aligned = address % 8 == 0 && address < bytes_;
        int g = aligned ? address / 8 : 0;
        if (!aligned || allocated_[g] == 0) return aligned && returned_[g] ? "DOUBLE FREE" : "INVALID FREE";
        int start = g, end = g + allocated_[g];
        used_granules_ -= allocated_[g];
        used_blocks_--;
        allocated_[g] = 0;
        if (end < granules_ && best_[size_ + end] > 0) {  // merge with the free block that follows
            int following = best_[size_ + end];
            set_free_length(end, 0);
            end += following;
        }
        if (ends_at_[start] >= 0) {  // merge with the free block that precedes
            start = ends_at_[g];
            ends_at_[g] = -1;
        }
        set_free_length(start, end - start);
        ends_at_[end] = start;
        return "OK";
    }

    void report(std::ostream& out) const {
        long long free_bytes = 0;
        int free_blocks = 0;
        for (int g = 0; g < granules_; g++) {
            if (best_[size_ + g] > 0) {
                free_bytes += 8LL * best_[size_ + g];
                free_blocks++;
            }
        }
        long long largest = 8LL * best_[1];
        out << "USED " << 8 * used_granules_ << ' ' << used_blocks_ << '\n';
        out << "FREE " << free_bytes << ' ' << free_blocks << ' ' << largest << '\n';
        out << "FRAGMENTATION " << (free_bytes > 0 ? 100 * (free_bytes - largest) / free_bytes : 0) << '\n';
    }

private:
    void set_free_length(int g, int length) {
        int node = size_ + g;
        best_[node] = length;
        for (node /= 2; node >= 1; node /= 2) {
            int larger = std::max(best_[2 * node], best_[2 * node + 1]);
            if (best_[node] == larger) break;
            best_[node] = larger;
        }
    }

    long long bytes_;
    int granules_, size_ = 1;
    std::vector<int> best_;
    std::vector<int> ends_at_;    // start of the free block ending at each granule, or -1
    std::vector<int> allocated_;  // length of the allocated block starting at each granule
    std::vector<bool> returned_;  // whether a MALLOC has answered each granule's address
    long long used_granules_ = 0;
    int used_blocks_ = 0;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long bytes;
    int q;
    std::cin >> bytes >> q;
    Arena arena(bytes);
    std::string command;
    for (int i = 0; i < q; i++) {
        long long argument;
        std::cin >> command >> argument;
        if (command == "MALLOC") {
            long long address = arena.allocate(argument);
            if (address < 0) std::cout << "NULL\n";
            else std::cout << address << '\n';
        } else {
            std::cout << arena.release(argument) << '\n';
        }
    }
    arena.report(std::cout);
    return 0;
}
