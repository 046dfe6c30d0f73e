#include <stdio.h>

long long solve(long long a, long long b) {
    /* TODO: return the sum of a and b. */
    return 0;
}

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    printf("%lld\n", solve(a, b));
    return 0;
}
