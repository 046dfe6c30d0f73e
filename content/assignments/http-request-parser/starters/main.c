#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parses the requests of one connection, stream[0..n) (wanted holds the lowercase header names
   to report), and calls print_line with each of its output lines. */
void solve(char wanted[][64], int wanted_count, const char *stream, long n, void (*print_line)(const char *line)) {
    /* TODO */
}

static void print_line(const char *line) { puts(line); }

int main(void) {
    size_t cap = 1 << 20, len = 0, got;
    char *data = malloc(cap + 1);
    while ((got = fread(data + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap) data = realloc(data, (cap *= 2) + 1);
    }
    data[len] = '\0';
    int wanted_count, offset, used;
    char wanted[20][64];
    sscanf(data, "%d%n", &wanted_count, &offset);
    for (int w = 0; w < wanted_count; w++) {
        sscanf(data + offset, "%63s%n", wanted[w], &used);
        offset += used;
        for (char *c = wanted[w]; *c; c++) *c = (char)tolower((unsigned char)*c);
    }
    char *pos = strchr(data, '\n') + 1;
    int connections = (int)strtol(pos, &pos, 10);
    pos = strchr(pos, '\n') + 1;
    for (int c = 0; c < connections; c++) {
        long size = strtol(pos, &pos, 10);
        pos = strchr(pos, '\n') + 1;
        solve(wanted, wanted_count, pos, size, print_line);
        pos += size + 1; /* the connection's bytes and the line feed after them */
    }
    free(data);
    return 0;
}
