#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char endpoint[31];
    long long latency;
} Request;

/* By endpoint name, then latency: each endpoint's latencies end up together and sorted. */
static int by_endpoint_then_latency(const void *x, const void *y) {
    const Request *a = x, *b = y;
    int names = strcmp(a->endpoint, b->endpoint);
    if (names != 0) return names;
    return (a->latency > b->latency) - (a->latency < b->latency);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    Request *requests = malloc(sizeof(Request) * (size_t)n);
    for (int k = 0; k < n; k++) scanf("%30s %lld", requests[k].endpoint, &requests[k].latency);
    qsort(requests, (size_t)n, sizeof(Request), by_endpoint_then_latency);
    const int percentiles[] = {50, 90, 99};
    for (int start = 0, end; start < n; start = end) {
        end = start;
        while (end < n && strcmp(requests[end].endpoint, requests[start].endpoint) == 0) end++;
        long long count = end - start;
        printf("%s %lld", requests[start].endpoint, count);
        for (int k = 0; k < 3; k++) {
            long long rank = (percentiles[k] * count + 99) / 100; /* nearest rank, 1-based */
            printf(" %lld", requests[start + rank - 1].latency);
        }
        printf(" %lld\n", requests[end - 1].latency);
    }
    free(requests);
    return 0;
}
