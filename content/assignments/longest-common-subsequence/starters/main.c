#include <stdio.h>

static char s[2001], t[2001];

int solve(const char *s, const char *t) {
    /* TODO: return the length of the longest common subsequence of s and t. */
    return 0;
}

int main(void) {
    if (scanf("%2000s %2000s", s, t) != 2) return 1;
    printf("%d\n", solve(s, t));
    return 0;
}
