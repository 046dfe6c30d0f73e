#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int is_count; /* 1: COUNT lo hi (a = lo, b = hi); 0: FIRST x (a = x) */
    long long a, b;
} Query;

/* Writes one answer per query into `answers`: the count in [lo, hi], or the first index with a
 * value >= x (-1 if none). */
void solve(const long long *values, int n, const Query *queries, int q, long long *answers) {
    /* TODO */
    for (int k = 0; k < q; k++) answers[k] = 0;
}

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    long long *values = malloc(sizeof(long long) * (size_t)n);
    Query *queries = malloc(sizeof(Query) * (size_t)q);
    long long *answers = malloc(sizeof(long long) * (size_t)q);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    char op[8];
    for (int k = 0; k < q; k++) {
        scanf("%7s", op);
        queries[k].is_count = strcmp(op, "COUNT") == 0;
        queries[k].b = 0;
        if (queries[k].is_count) scanf("%lld %lld", &queries[k].a, &queries[k].b);
        else scanf("%lld", &queries[k].a);
    }
    solve(values, n, queries, q, answers);
    for (int k = 0; k < q; k++) printf("%lld\n", answers[k]);
    free(values);
    free(queries);
    free(answers);
    return 0;
}
