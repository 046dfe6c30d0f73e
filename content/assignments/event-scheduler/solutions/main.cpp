#include <functional>
#include <iostream>
#include <queue>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

// (time, creation, id, period): creation is the index of the command that made the timer, which
// breaks ties; period 0 is a one-shot timer.
using Event = std::tuple<long long, int, int, long long>;

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> events;
    // An event is stale unless active[id] is still its creation.
    std::unordered_map<int, int> active;
    active.reserve(q);
    std::string command;
    for (int creation = 0; creation < q; creation++) {
        std::cin >> command;
        if (command == "SCHEDULE" || command == "EVERY") {
            int id;
            long long at, period = 0;
            std::cin >> id >> at;
            if (command == "EVERY") std::cin >> period;
            active[id] = creation;  // replaces any timer with this id
            events.emplace(at, creation, id, period);
        } else if (command == "CANCEL") {
            int id;
            std::cin >> id;
            active.erase(id);
        } else {
            long long now;
            std::cin >> now;
            while (!events.empty() && std::get<0>(events.top()) <= now) {
                auto [at, made, id, period] = events.top();
                events.pop();
                auto timer = active.find(id);
                if (timer == active.end() || timer->second != made) continue;
                std::cout << at << ' ' << id << '\n';
                if (period > 0) {
                    events.emplace(at + period, made, id, period);
                } else {
                    active.erase(timer);
                }
            }
        }
    }
    std::cout << "PENDING " << active.size() << '\n';
    return 0;
}
