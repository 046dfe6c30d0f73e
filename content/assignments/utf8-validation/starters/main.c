#include <stdio.h>

static char hex[200001];
static unsigned char bytes[100000];
static unsigned points[100000];

/* If bytes[0..n) is well-formed UTF-8, writes its code points into points, sets *count and
   returns -1; otherwise returns the offset where the first character that is not well-formed
   starts. */
int solve(const unsigned char *bytes, int n, unsigned *points, int *count) {
    /* TODO */
    *count = 0;
    return 0;
}

static unsigned hex_digit(char c) { return c <= '9' ? (unsigned)(c - '0') : (unsigned)(c - 'A' + 10); }

int main(void) {
    int lines;
    if (scanf("%d", &lines) != 1) return 1;
    for (int line = 0; line < lines; line++) {
        if (scanf("%200000s", hex) != 1) return 1;
        int n = 0;
        for (; hex[2 * n]; n++) bytes[n] = (unsigned char)(hex_digit(hex[2 * n]) << 4 | hex_digit(hex[2 * n + 1]));
        int count;
        int bad = solve(bytes, n, points, &count);
        if (bad >= 0) {
            printf("INVALID %d\n", bad);
            continue;
        }
        for (int k = 0; k < count; k++) printf(k > 0 ? " U+%04X" : "U+%04X", points[k]);
        putchar('\n');
    }
    return 0;
}
