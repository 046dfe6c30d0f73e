#include <stdio.h>
#include <stdlib.h>

/* Job i + 1 needs weight[i] GB and earns value[i]. Returns the maximum total credits and writes
 * the lexicographically smallest optimal list of job numbers, in increasing order, into
 * `chosen`, with its length in *k. */
long long solve(int n, int capacity, const int *weight, const long long *value, int *chosen, int *k) {
    /* TODO */
    *k = 0;
    return 0;
}

int main(void) {
    int n, capacity;
    if (scanf("%d %d", &n, &capacity) != 2) return 1;
    int *weight = malloc(sizeof(int) * (size_t)n);
    long long *value = malloc(sizeof(long long) * (size_t)n);
    int *chosen = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%d %lld", &weight[i], &value[i]);
    int k;
    long long total = solve(n, capacity, weight, value, chosen, &k);
    printf("%lld %d\n", total, k);
    for (int j = 0; j < k; j++) printf(j ? " %d" : "%d", chosen[j]);
    printf("\n");
    free(weight);
    free(value);
    free(chosen);
    return 0;
}
