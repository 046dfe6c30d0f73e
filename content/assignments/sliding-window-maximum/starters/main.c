#include <stdio.h>
#include <stdlib.h>

/* For the window starting at j (0 <= j <= n - k), writes its maximum into max[j] and the
 * leftmost index of it into index[j]. */
void solve(const long long *values, int n, int k, long long *max, int *index) {
    /* TODO */
    for (int j = 0; j + k <= n; j++) {
        max[j] = 0;
        index[j] = 0;
    }
}

int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 1;
    long long *values = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    long long *max = malloc(sizeof(long long) * (size_t)(n - k + 1));
    int *index = malloc(sizeof(int) * (size_t)(n - k + 1));
    solve(values, n, k, max, index);
    for (int j = 0; j + k <= n; j++) printf("%lld %d\n", max[j], index[j]);
    free(values);
    free(max);
    free(index);
    return 0;
}
