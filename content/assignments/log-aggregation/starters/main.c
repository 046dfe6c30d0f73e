#include <stdio.h>
#include <stdlib.h>

typedef struct {
    long long t;
    char service[21];
    int status, latency;
} Line;

typedef struct {
    char service[21];
    long long requests, errors;
    int max_latency;
} Summary;

/* Writes a summary for every service with a line in [lo, hi] into `ranked`, ranked by exact
   error rate (highest first), then requests (more first), then name; returns how many. */
int solve(const Line *lines, int n, long long lo, long long hi, Summary *ranked) {
    /* TODO */
    return 0;
}

int main(void) {
    int n;
    long long lo, hi;
    if (scanf("%d %lld %lld", &n, &lo, &hi) != 3) return 1;
    Line *lines = malloc(sizeof(Line) * (size_t)n);
    Summary *ranked = malloc(sizeof(Summary) * (size_t)n);
    for (int k = 0; k < n; k++) {
        scanf("%lld %20s %d %d", &lines[k].t, lines[k].service, &lines[k].status, &lines[k].latency);
    }
    int count = solve(lines, n, lo, hi, ranked);
    printf("%d\n", count);
    for (int k = 0; k < count; k++) {
        const Summary *s = &ranked[k];
        long long basis_points = s->errors * 10000 / s->requests;
        printf("%s %lld %lld %lld.%02lld %d\n", s->service, s->requests, s->errors, basis_points / 100, basis_points % 100, s->max_latency);
    }
    free(lines);
    free(ranked);
    return 0;
}
