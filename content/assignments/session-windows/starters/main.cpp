#include <iostream>
#include <string>
#include <vector>

struct Event {
    long long t;
    std::string user;
};

struct Session {
    std::string user;
    long long start, end;
    int count;
};

// Returns every session, ordered by user, then start.
std::vector<Session> solve(std::vector<Event> events, long long gap) {
    // TODO
    return {};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long gap;
    std::cin >> n >> gap;
    std::vector<Event> events(n);
    for (Event& e : events) std::cin >> e.t >> e.user;
    std::vector<Session> sessions = solve(events, gap);
    std::cout << sessions.size() << '\n';
    for (const Session& s : sessions) std::cout << s.user << ' ' << s.start << ' ' << s.end << ' ' << s.count << '\n';
    return 0;
}
