#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 1;
    long long *values = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    /* window[head..tail-1]: indices whose values strictly decrease. An equal value does not push
     * out an earlier index, so the front is always the leftmost maximum. */
    int *window = malloc(sizeof(int) * (size_t)n);
    int head = 0, tail = 0;
    for (int i = 0; i < n; i++) {
        while (tail > head && values[window[tail - 1]] < values[i]) tail--;
        window[tail++] = i;
        if (window[head] <= i - k) head++;
        if (i >= k - 1) printf("%lld %d\n", values[window[head]], window[head]);
    }
    free(values);
    free(window);
    return 0;
}
