#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* left[0..a] and right[0..b] are the CSV lines of each table, header first (without their
   newlines). Calls print_line with each line of the joined table, header first. */
void solve(const char *join, const char *left_key, const char *right_key, char **left, int a, char **right, int b,
           void (*print_line)(const char *line)) {
    /* TODO */
}

static void print_line(const char *line) { puts(line); }

/* Reads a line with a number, then that many lines plus the header; returns the count. */
static int read_table(char **cursor, char ***lines) {
    int rows = (int)strtol(*cursor, cursor, 10);
    *cursor = strchr(*cursor, '\n') + 1;
    *lines = malloc(sizeof(char *) * (size_t)(rows + 1));
    for (int r = 0; r <= rows; r++) {
        (*lines)[r] = *cursor;
        char *end = strchr(*cursor, '\n');
        if (end) *end = '\0';
        *cursor = end ? end + 1 : *cursor + strlen(*cursor);
    }
    return rows;
}

int main(void) {
    size_t cap = 1 << 20, len = 0, got;
    char *input = malloc(cap + 1);
    while ((got = fread(input + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap) input = realloc(input, (cap *= 2) + 1);
    }
    input[len] = '\0';
    char join[8], left_key[256], right_key[256];
    if (sscanf(input, "%7s %255s %255s", join, left_key, right_key) != 3) return 1;
    char *cursor = strchr(input, '\n') + 1;
    char **left, **right;
    int a = read_table(&cursor, &left);
    int b = read_table(&cursor, &right);
    solve(join, left_key, right_key, left, a, right, b, print_line);
    free(left);
    free(right);
    free(input);
    return 0;
}
