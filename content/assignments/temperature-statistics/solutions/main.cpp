#include <algorithm>
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    double lowest = 1e9, highest = -1e9, sum = 0;
    for (int i = 0; i < n; i++) {
        double t;
        std::scanf("%lf", &t);
        lowest = std::min(lowest, t);
        highest = std::max(highest, t);
        sum += t;
    }
    std::printf("%.2f %.2f %.9f\n", lowest, highest, sum / n);
    return 0;
}
