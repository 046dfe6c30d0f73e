#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, capacity;
    if (scanf("%d %d", &n, &capacity) != 2) return 1;
    int *weight = malloc(sizeof(int) * (size_t)n);
    long long *value = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%d %lld", &weight[i], &value[i]);
    /* best[i * width + c]: the most jobs i..n-1 can earn within c GB; row n is all zeros. */
    int width = capacity + 1;
    long long *best = calloc((size_t)(n + 1) * (size_t)width, sizeof(long long));
    for (int i = n - 1; i >= 0; i--) {
        long long *row = best + (size_t)i * width, *after = row + width;
        for (int c = 0; c <= capacity; c++) {
            row[c] = after[c];
            if (weight[i] <= c && after[c - weight[i]] + value[i] > row[c]) row[c] = after[c - weight[i]] + value[i];
        }
    }
    /* Taking each job, in order, whenever the rest can still reach the optimum gives the
     * lexicographically smallest optimal set. */
    int *chosen = malloc(sizeof(int) * (size_t)n);
    int k = 0, c = capacity;
    for (int i = 0; i < n; i++) {
        long long *row = best + (size_t)i * width, *after = row + width;
        if (weight[i] <= c && value[i] + after[c - weight[i]] == row[c]) {
            chosen[k++] = i + 1;
            c -= weight[i];
        }
    }
    printf("%lld %d\n", best[capacity], k);
    for (int j = 0; j < k; j++) printf(j ? " %d" : "%d", chosen[j]);
    printf("\n");
    free(weight);
    free(value);
    free(best);
    free(chosen);
    return 0;
}
