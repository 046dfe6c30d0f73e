#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char service[21];
    int status, latency;
} Line;

typedef struct {
    const char *service;
    long long requests, errors;
    int max_latency;
} Summary;

static int by_service(const void *x, const void *y) {
    return strcmp(((const Line *)x)->service, ((const Line *)y)->service);
}

/* Exact error rate, highest first (cross products, no division); then requests; then name. */
static int by_rank(const void *x, const void *y) {
    const Summary *a = x, *b = y;
    long long left = a->errors * b->requests, right = b->errors * a->requests;
    if (left != right) return left > right ? -1 : 1;
    if (a->requests != b->requests) return a->requests > b->requests ? -1 : 1;
    return strcmp(a->service, b->service);
}

int main(void) {
    int n;
    long long lo, hi;
    if (scanf("%d %lld %lld", &n, &lo, &hi) != 3) return 1;
    Line *lines = malloc(sizeof(Line) * (size_t)n);
    int kept = 0;
    for (int k = 0; k < n; k++) {
        long long t;
        Line *line = &lines[kept];
        scanf("%lld %20s %d %d", &t, line->service, &line->status, &line->latency);
        if (lo <= t && t <= hi) kept++;
    }
    /* Sorting by name puts each service's lines next to each other. */
    qsort(lines, (size_t)kept, sizeof(Line), by_service);
    Summary *summaries = malloc(sizeof(Summary) * (size_t)(kept > 0 ? kept : 1));
    int count = 0;
    for (int k = 0; k < kept; k++) {
        if (count == 0 || strcmp(summaries[count - 1].service, lines[k].service) != 0) {
            summaries[count++] = (Summary){lines[k].service, 0, 0, 0};
        }
        Summary *s = &summaries[count - 1];
        s->requests++;
        if (lines[k].status >= 500) s->errors++;
        if (lines[k].latency > s->max_latency) s->max_latency = lines[k].latency;
    }
    qsort(summaries, (size_t)count, sizeof(Summary), by_rank);
    printf("%d\n", count);
    for (int k = 0; k < count; k++) {
        const Summary *s = &summaries[k];
        long long basis_points = s->errors * 10000 / s->requests;
        printf("%s %lld %lld %lld.%02lld %d\n", s->service, s->requests, s->errors, basis_points / 100, basis_points % 100, s->max_latency);
    }
    free(summaries);
    free(lines);
    return 0;
}
