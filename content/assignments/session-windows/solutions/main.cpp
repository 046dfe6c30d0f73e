#include <algorithm>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Session {
    std::string user;
    long long start, end;
    int count;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long gap;
    std::cin >> n >> gap;
    std::vector<std::pair<std::string, long long>> events(n);  // (user, t)
    for (auto& [user, t] : events) std::cin >> t >> user;
    std::sort(events.begin(), events.end());
    std::vector<Session> sessions;
    for (const auto& [user, t] : events) {
        // t - end cannot overflow (0 <= end <= t); end + gap could.
        if (!sessions.empty() && sessions.back().user == user && t - sessions.back().end <= gap) {
            sessions.back().end = t;
            sessions.back().count++;
        } else {
            sessions.push_back({user, t, t, 1});
        }
    }
    std::string out = std::to_string(sessions.size()) + '\n';
    for (const Session& s : sessions) {
        out += s.user + ' ' + std::to_string(s.start) + ' ' + std::to_string(s.end) + ' ' + std::to_string(s.count) + '\n';
    }
    std::cout << out;
    return 0;
}
