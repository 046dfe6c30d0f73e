#include <stdio.h>
#include <stdlib.h>

/* Rule k says course before[k] comes before course after[k]. Writes the lexicographically
 * smallest valid order into `order` and returns n, or returns 0 if there is none. */
int solve(int n, int m, const int *before, const int *after, int *order) {
    /* TODO */
    return 0;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    int *before = malloc(sizeof(int) * (size_t)(m > 0 ? m : 1));
    int *after = malloc(sizeof(int) * (size_t)(m > 0 ? m : 1));
    for (int k = 0; k < m; k++) scanf("%d %d", &before[k], &after[k]);
    int *order = malloc(sizeof(int) * (size_t)n);
    int count = solve(n, m, before, after, order);
    if (count == 0) printf("IMPOSSIBLE\n");
    for (int i = 0; i < count; i++) printf(i + 1 < count ? "%d " : "%d\n", order[i]);
    free(before);
    free(after);
    free(order);
    return 0;
}
