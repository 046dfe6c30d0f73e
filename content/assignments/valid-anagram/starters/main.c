#include <stdbool.h>
#include <stdio.h>

static char s[100001], t[100001];

bool solve(const char *s, const char *t) {
    /* TODO: return true when t is an anagram of s. */
    return false;
}

int main(void) {
    if (scanf("%100000s %100000s", s, t) != 2) return 1;
    printf("%s\n", solve(s, t) ? "YES" : "NO");
    return 0;
}
