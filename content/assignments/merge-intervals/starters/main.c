#include <stdio.h>
#include <stdlib.h>

typedef struct {
    long long l, r;
} Interval;

/* Writes the merged intervals, in increasing order of l, into `merged`; returns how many. */
int solve(Interval *intervals, int n, Interval *merged) {
    /* TODO */
    return 0;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    Interval *intervals = malloc(sizeof(Interval) * (size_t)n);
    Interval *merged = malloc(sizeof(Interval) * (size_t)n);
    for (int k = 0; k < n; k++) scanf("%lld %lld", &intervals[k].l, &intervals[k].r);
    int count = solve(intervals, n, merged);
    printf("%d\n", count);
    for (int k = 0; k < count; k++) printf("%lld %lld\n", merged[k].l, merged[k].r);
    free(intervals);
    free(merged);
    return 0;
}
