#include <stdio.h>
#include <stdlib.h>

#define MAX_LEN 200
#define MAX_PARAMS 100

typedef struct {
    char text[MAX_LEN + 1];
} Line;

/* route is the index of the winning pattern, or -1 if none matches. params[i] names and values
   are in pattern order; a wildcard's value is the rest of the path. */
typedef struct {
    int route;
    int param_count;
    char names[MAX_PARAMS][MAX_LEN + 1];
    char values[MAX_PARAMS][MAX_LEN + 1];
} Match;

/* Finds the winning route of one path. */
void solve(const Line *patterns, int n, const char *path, Match *match) {
    /* TODO */
    match->route = -1;
    match->param_count = 0;
}

int main(void) {
    int n, m;
    if (scanf("%d", &n) != 1) return 1;
    Line *patterns = malloc(sizeof(Line) * (size_t)n);
    for (int r = 0; r < n; r++) scanf("%200s", patterns[r].text);
    if (scanf("%d", &m) != 1) return 1;
    Match *match = malloc(sizeof(Match));
    char path[MAX_LEN + 1];
    for (int k = 0; k < m; k++) {
        scanf("%200s", path);
        solve(patterns, n, path, match);
        if (match->route < 0) {
            puts("404");
            continue;
        }
        fputs(patterns[match->route].text, stdout);
        for (int i = 0; i < match->param_count; i++) printf(" %s=%s", match->names[i], match->values[i]);
        putchar('\n');
    }
    free(match);
    free(patterns);
    return 0;
}
