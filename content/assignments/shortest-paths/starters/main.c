#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int u, v;
    long long w;
} Road;

/* Fills dist[1..n] with the shortest distances from junction 1 (-1 where unreachable). */
void solve(int n, int m, const Road *roads, long long *dist) {
    /* TODO */
    for (int i = 1; i <= n; i++) dist[i] = -1;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    Road *roads = malloc(sizeof(Road) * (size_t)(m > 0 ? m : 1));
    for (int k = 0; k < m; k++) scanf("%d %d %lld", &roads[k].u, &roads[k].v, &roads[k].w);
    long long *dist = malloc(sizeof(long long) * (size_t)(n + 1));
    solve(n, m, roads, dist);
    for (int i = 1; i <= n; i++) printf(i < n ? "%lld " : "%lld\n", dist[i]);
    free(roads);
    free(dist);
    return 0;
}
