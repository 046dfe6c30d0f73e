#include <stdio.h>

int solve(int amount, const int *coins, int n) {
    /* TODO: return the fewest coins that add up to amount, or -1 if none do. */
    return -1;
}

int main(void) {
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2) return 1;
    int coins[100];
    for (int i = 0; i < n; i++) scanf("%d", &coins[i]);
    printf("%d\n", solve(amount, coins, n));
    return 0;
}
