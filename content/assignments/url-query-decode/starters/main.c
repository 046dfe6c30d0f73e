#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LEN 100000

typedef struct {
    char *name, *value; /* decoded, NUL-terminated (a decoded byte is never 0) */
} Pair;

/* Returns the position of the first invalid escape, or -1 after writing the decoded pairs,
   grouped by name, into pairs[0..*count). */
long solve(const char *query, Pair *pairs, int *count) {
    /* TODO */
    *count = 0;
    return -1;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    char *line = malloc(MAX_LEN + 2);
    Pair *pairs = malloc(sizeof(Pair) * (MAX_LEN / 2 + 1));
    for (int k = 0; k < q; k++) {
        if (scanf("%100001s", line) != 1) return 1;
        int count = 0;
        long invalid_at = solve(line, pairs, &count);
        if (invalid_at >= 0) {
            printf("INVALID %ld\n", invalid_at);
            continue;
        }
        printf("%d\n", count);
        for (int i = 0; i < count; i++) printf("%s=%s\n", pairs[i].name, pairs[i].value);
    }
    free(pairs);
    free(line);
    return 0;
}
