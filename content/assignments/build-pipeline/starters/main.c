#include <stdio.h>
#include <stdlib.h>

/* duration[1..n] are the durations; job to[k] waits for job from[k]. Fills start[1..n] and
   *makespan and returns 1, or returns 0 if the dependencies contain a cycle. */
int solve(int n, int m, int workers, const long long *duration, const int *from, const int *to, long long *start, long long *makespan) {
    /* TODO */
    return 0;
}

int main(void) {
    int n, m, workers;
    if (scanf("%d %d %d", &n, &m, &workers) != 3) return 1;
    long long *duration = malloc(sizeof(long long) * (size_t)(n + 1));
    long long *start = calloc((size_t)(n + 1), sizeof(long long));
    int *from = malloc(sizeof(int) * (size_t)(m + 1)), *to = malloc(sizeof(int) * (size_t)(m + 1));
    for (int i = 1; i <= n; i++) scanf("%lld", &duration[i]);
    for (int k = 0; k < m; k++) scanf("%d %d", &from[k], &to[k]);
    long long makespan = 0;
    if (solve(n, m, workers, duration, from, to, start, &makespan)) {
        printf("%lld\n", makespan);
        for (int job = 1; job <= n; job++) printf("%lld%c", start[job], job == n ? '\n' : ' ');
    } else {
        puts("CYCLE");
    }
    free(duration);
    free(start);
    free(from);
    free(to);
    return 0;
}
