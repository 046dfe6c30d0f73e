#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* First index whose value is >= v (strict = 0) or > v (strict = 1); n if there is none. */
static int bound(const long long *values, int n, long long v, int strict) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (values[mid] < v || (strict && values[mid] == v)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    long long *values = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    char op[8];
    for (int k = 0; k < q; k++) {
        scanf("%7s", op);
        if (strcmp(op, "COUNT") == 0) {
            long long lo, hi;
            scanf("%lld %lld", &lo, &hi);
            int count = bound(values, n, hi, 1) - bound(values, n, lo, 0);
            printf("%d\n", count > 0 ? count : 0);
        } else {
            long long x;
            scanf("%lld", &x);
            int first = bound(values, n, x, 0);
            printf("%d\n", first < n ? first : -1);
        }
    }
    free(values);
    return 0;
}
