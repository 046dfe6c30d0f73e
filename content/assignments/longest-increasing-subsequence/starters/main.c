#include <stdio.h>
#include <stdlib.h>

int solve(const long long *values, int n) {
    /* TODO: return the length of the longest strictly increasing subsequence. */
    return 0;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long *values = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    printf("%d\n", solve(values, n));
    free(values);
    return 0;
}
