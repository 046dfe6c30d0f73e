#include <stdio.h>

#define MAX 400

static char grid[MAX][MAX + 2];

/* grid[r][c] is '#' for land and '.' for water. */
int solve(int n, int m) {
    /* TODO: count the islands. */
    return 0;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    for (int r = 0; r < n; r++) scanf("%401s", grid[r]);
    printf("%d\n", solve(n, m));
    return 0;
}
