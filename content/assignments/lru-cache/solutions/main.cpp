#include <iostream>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>

// Entries in order of use, least recent first; the map finds a key's entry in O(1), and
// splice moves an entry to the back without invalidating any iterator.
class LruCache {
public:
    explicit LruCache(size_t capacity) : capacity_(capacity) { where_.reserve(capacity * 2); }

    bool get(long long key, long long& value) {
        auto it = where_.find(key);
        if (it == where_.end()) return false;
        entries_.splice(entries_.end(), entries_, it->second);
        value = it->second->second;
        return true;
    }

    // Returns true, with the evicted key, when it had to make room.
    bool put(long long key, long long value, long long& evicted) {
        if (auto it = where_.find(key); it != where_.end()) {
            it->second->second = value;
            entries_.splice(entries_.end(), entries_, it->second);
            return false;
        }
        bool evicts = entries_.size() == capacity_;
        if (evicts) {
            evicted = entries_.front().first;
            where_.erase(evicted);
            entries_.pop_front();
        }
        entries_.emplace_back(key, value);
        where_[key] = std::prev(entries_.end());
        return evicts;
    }

private:
    size_t capacity_;
    std::list<std::pair<long long, long long>> entries_;
    std::unordered_map<long long, std::list<std::pair<long long, long long>>::iterator> where_;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    size_t capacity;
    int q;
    std::cin >> capacity >> q;
    LruCache cache(capacity);
    std::string command, out;
    for (int i = 0; i < q; i++) {
        long long key, value, evicted;
        std::cin >> command >> key;
        if (command == "GET") {
            out += cache.get(key, value) ? std::to_string(value) : "-1";
            out += '\n';
        } else {
            std::cin >> value;
            if (cache.put(key, value, evicted)) out += "EVICT " + std::to_string(evicted) + '\n';
        }
    }
    std::cout << out;
    return 0;
}
