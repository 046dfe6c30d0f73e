#include <stdio.h>

#define MAX 400

static char grid[MAX][MAX + 2];

/* grid[r][c] is '#' for a wall, '.' for an open cell, 'S' for the start and 'T' for the target. */
int solve(int n, int m) {
    /* TODO: return the fewest moves from S to T, or -1 if T cannot be reached. */
    return -1;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    for (int r = 0; r < n; r++) scanf("%401s", grid[r]);
    printf("%d\n", solve(n, m));
    return 0;
}
