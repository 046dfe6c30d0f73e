#include <functional>
#include <iostream>
#include <queue>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m, workers;
    std::cin >> n >> m >> workers;
    std::vector<long long> duration(n + 1);
    for (int i = 1; i <= n; i++) std::cin >> duration[i];
    std::vector<std::vector<int>> dependents(n + 1);
    std::vector<int> waiting_on(n + 1, 0);
    for (int k = 0; k < m; k++) {
        int a, b;
        std::cin >> a >> b;
        dependents[a].push_back(b);
        waiting_on[b]++;
    }
    std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
    for (int job = 1; job <= n; job++) {
        if (waiting_on[job] == 0) ready.push(job);
    }
    using Running = std::pair<long long, int>;  // (end time, job)
    std::priority_queue<Running, std::vector<Running>, std::greater<Running>> running;
    std::vector<long long> start(n + 1);
    long long now = 0;
    int started = 0, free_workers = workers;
    for (;;) {
        while (free_workers > 0 && !ready.empty()) {
            int job = ready.top();
            ready.pop();
            start[job] = now;
            running.emplace(now + duration[job], job);
            started++;
            free_workers--;
        }
        if (running.empty()) break;
        now = running.top().first;
        // Every job ending now finishes before any worker is handed out again.
        while (!running.empty() && running.top().first == now) {
            int job = running.top().second;
            running.pop();
            free_workers++;
            for (int next : dependents[job]) {
                if (--waiting_on[next] == 0) ready.push(next);
            }
        }
    }
    if (started < n) {
        std::cout << "CYCLE\n";
        return 0;
    }
    std::string out = std::to_string(now) + '\n';
    for (int job = 1; job <= n; job++) out += std::to_string(start[job]) + (job == n ? '\n' : ' ');
    std::cout << out;
    return 0;
}
