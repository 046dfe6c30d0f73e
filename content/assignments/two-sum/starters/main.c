#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

/* Stores the 1-based pair described in the statement in *i and *j; returns false if there is none. */
bool solve(long long target, const long long *a, int n, int *i, int *j) {
    /* TODO */
    return false;
}

int main(void) {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 1;
    long long *a = malloc(sizeof(long long) * (size_t)n);
    for (int k = 0; k < n; k++) scanf("%lld", &a[k]);
    int i, j;
    if (solve(target, a, n, &i, &j)) printf("%d %d\n", i, j);
    else printf("-1\n");
    free(a);
    return 0;
}
