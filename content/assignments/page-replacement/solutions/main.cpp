#include <algorithm>
#include <iostream>
#include <list>
#include <queue>
#include <utility>
#include <vector>

// Pages are renumbered 0..distinct-1 first, so every table below is a vector indexed by page.

int fifo_faults(int frames, const std::vector<int>& pages, int distinct) {
    std::vector<char> resident(distinct, 0);
    std::queue<int> loaded;  // oldest load first
    int faults = 0;
    for (int p : pages) {
        if (resident[p]) continue;
        faults++;
        if (int(loaded.size()) == frames) {
            resident[loaded.front()] = 0;
            loaded.pop();
        }
        resident[p] = 1;
        loaded.push(p);
    }
    return faults;
}

int lru_faults(int frames, const std::vector<int>& pages, int distinct) {
    std::list<int> order;  // most recently used first
    std::vector<std::list<int>::iterator> where(distinct, order.end());
    int faults = 0;
    for (int p : pages) {
        if (where[p] != order.end()) {
            order.splice(order.begin(), order, where[p]);
            continue;
        }
        faults++;
        if (int(order.size()) == frames) {
            where[order.back()] = order.end();
            order.pop_back();
        }
        order.push_front(p);
        where[p] = order.begin();
    }
    return faults;
}

int opt_faults(int frames, const std::vector<int>& pages, int distinct) {
    const int n = pages.size();
    std::vector<int> next_use(n), seen(distinct, n);
    for (int i = n - 1; i >= 0; i--) {
        next_use[i] = seen[pages[i]];
        seen[pages[i]] = i;
    }
    // Max-heap of (next use, page); an entry is stale once its page's next use has moved on.
    std::priority_queue<std::pair<int, int>> heap;
    std::vector<int> resident_until(distinct, -1);
    int used = 0, faults = 0;
    for (int i = 0; i < n; i++) {
        int p = pages[i];
        if (resident_until[p] < 0) {
            faults++;
            if (used == frames) {
                while (resident_until[heap.top().second] != heap.top().first) heap.pop();
                resident_until[heap.top().second] = -1;
                heap.pop();
            } else {
                used++;
            }
        }
        resident_until[p] = next_use[i];
        heap.emplace(next_use[i], p);
    }
    return faults;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int frames, n;
    std::cin >> frames >> n;
    std::vector<long long> raw(n);
    for (auto& p : raw) std::cin >> p;
    std::vector<long long> sorted = raw;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::vector<int> pages(n);
    for (int i = 0; i < n; i++) pages[i] = std::lower_bound(sorted.begin(), sorted.end(), raw[i]) - sorted.begin();
    const int distinct = sorted.size();
    std::cout << "FIFO " << fifo_faults(frames, pages, distinct) << '\n';
    std::cout << "LRU " << lru_faults(frames, pages, distinct) << '\n';
    std::cout << "OPT " << opt_faults(frames, pages, distinct) << '\n';
    return 0;
}
