#include <stdio.h>
#include <stdlib.h>

/* Reorders `values` in place as the statement describes. */
void solve(long long *values, int n) {
    /* TODO */
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long *values = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    solve(values, n);
    for (int i = 0; i < n; i++) printf(i + 1 < n ? "%lld " : "%lld\n", values[i]);
    free(values);
    return 0;
}
