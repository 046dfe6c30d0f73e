#include <iostream>
#include <optional>
#include <utility>
#include <vector>

struct Schedule {
    long long makespan;
    std::vector<long long> start;  // start times of jobs 1..n
};

// durations[i - 1] is the duration of job i; (a, b) means b waits for a. Returns nothing if the
// dependencies contain a cycle.
std::optional<Schedule> solve(int workers, const std::vector<long long>& durations, const std::vector<std::pair<int, int>>& dependencies) {
    // TODO
    return std::nullopt;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m, workers;
    std::cin >> n >> m >> workers;
    std::vector<long long> durations(n);
    for (long long& d : durations) std::cin >> d;
    std::vector<std::pair<int, int>> dependencies(m);
    for (auto& [a, b] : dependencies) std::cin >> a >> b;
    std::optional<Schedule> schedule = solve(workers, durations, dependencies);
    if (!schedule) {
        std::cout << "CYCLE\n";
        return 0;
    }
    std::cout << schedule->makespan << '\n';
    for (size_t i = 0; i < schedule->start.size(); i++) std::cout << schedule->start[i] << (i + 1 == schedule->start.size() ? '\n' : ' ');
    return 0;
}
