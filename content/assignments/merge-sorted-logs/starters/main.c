#include <stdio.h>
#include <stdlib.h>

typedef struct {
    unsigned long long t;
    int stream; /* counting from 1 */
    char message[21];
} Line;

/* `lines` holds the k streams one after another; stream s (from 0) is lines[start[s]] up to
   lines[start[s + 1] - 1]. Writes all `total` lines into `merged`, ordered by t, then stream
   number, keeping each stream's own order. */
void solve(const Line *lines, const int *start, int k, int total, Line *merged) {
    /* TODO */
}

int main(void) {
    int k;
    if (scanf("%d", &k) != 1) return 1;
    int *start = malloc(sizeof(int) * (size_t)(k + 1));
    int total = 0, capacity = 1024;
    Line *lines = malloc(sizeof(Line) * (size_t)capacity);
    for (int s = 0; s < k; s++) {
        int m;
        scanf("%d", &m);
        start[s] = total;
        if (total + m > capacity) {
            while (total + m > capacity) capacity *= 2;
            lines = realloc(lines, sizeof(Line) * (size_t)capacity);
        }
        for (int j = 0; j < m; j++, total++) {
            scanf("%llu %20s", &lines[total].t, lines[total].message);
            lines[total].stream = s + 1;
        }
    }
    start[k] = total;
    Line *merged = calloc((size_t)total, sizeof(Line));
    solve(lines, start, k, total, merged);
    for (int i = 0; i < total; i++) printf("%llu %d %s\n", merged[i].t, merged[i].stream, merged[i].message);
    free(lines);
    free(start);
    free(merged);
    return 0;
}
