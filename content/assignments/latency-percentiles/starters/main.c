#include <stdio.h>
#include <stdlib.h>

typedef struct {
    char endpoint[31];
    long long latency;
} Request;

typedef struct {
    char endpoint[31];
    long long count, p50, p90, p99, max;
} Row;

/* Writes one row per endpoint, in increasing order of its name, with nearest-rank
   percentiles into `rows`; returns how many. */
int solve(Request *requests, int n, Row *rows) {
    /* TODO */
    return 0;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    Request *requests = malloc(sizeof(Request) * (size_t)n);
    Row *rows = malloc(sizeof(Row) * (size_t)n);
    for (int k = 0; k < n; k++) scanf("%30s %lld", requests[k].endpoint, &requests[k].latency);
    int count = solve(requests, n, rows);
    for (int k = 0; k < count; k++) {
        const Row *r = &rows[k];
        printf("%s %lld %lld %lld %lld %lld\n", r->endpoint, r->count, r->p50, r->p90, r->p99, r->max);
    }
    free(requests);
    free(rows);
    return 0;
}
