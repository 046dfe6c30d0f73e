#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A decoded pair: name and value as offsets into one buffer, plus the group of its name. */
typedef struct {
    long name, name_len, value, value_len;
    int group;
} Pair;

static char *decoded;   /* every decoded name and value of the current query, back to back */
static long decoded_len;

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Position of the first '%' not followed by two hex digits, or -1. */
static long first_bad_escape(const char *s, long len) {
    for (long i = 0; i < len; i++) {
        if (s[i] == '%' && (i + 2 >= len || hex_value(s[i + 1]) < 0 || hex_value(s[i + 2]) < 0)) return i;
    }
    return -1;
}

/* Decodes s[0..len) onto the end of `decoded`; returns where it starts. */
static long decode(const char *s, long len) {
    long start = decoded_len;
    for (long i = 0; i < len; i++) {
        if (s[i] == '%') {
            decoded[decoded_len++] = (char)(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            decoded[decoded_len++] = s[i] == '+' ? ' ' : s[i];
        }
    }
    return start;
}

static unsigned long hash_bytes(const char *s, long len) {
    unsigned long h = 1469598103934665603UL; /* FNV-1a */
    for (long i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211UL;
    return h;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    const long max_len = 100000;
    char *line = malloc(max_len + 2);
    decoded = malloc(max_len + 1);
    Pair *pairs = malloc(sizeof(Pair) * (max_len / 2 + 1));
    /* Open addressing, at most half full: each slot holds the index of a name's first pair, or -1. */
    long *table = malloc(sizeof(long) * (1 << 18)); /* 2 * (max_len + 1) rounded up */
    int *group_size = malloc(sizeof(int) * (max_len / 2 + 1)), *group_start = malloc(sizeof(int) * (max_len / 2 + 2));
    int *order = malloc(sizeof(int) * (max_len / 2 + 1));
    for (int k = 0; k < q; k++) {
        if (scanf("%100001s", line) != 1) return 1;
        long len = (long)strlen(line);
        long bad = first_bad_escape(line, len);
        if (bad >= 0) {
            printf("INVALID %ld\n", bad);
            continue;
        }
        long segments = 1, slots = 2;
        for (long i = 0; i < len; i++) segments += line[i] == '&';
        while (slots < 2 * segments) slots *= 2;
        memset(table, -1, sizeof(long) * (size_t)slots);
        decoded_len = 0;
        int count = 0, groups = 0;
        for (long start = 0; start < len;) {
            long end = start;
            while (end < len && line[end] != '&') end++;
            if (end > start) {
                const char *eq = memchr(line + start, '=', (size_t)(end - start));
                long name_end = eq ? eq - line : end;
                Pair *p = &pairs[count];
                p->name = decode(line + start, name_end - start);
                p->name_len = decoded_len - p->name;
                p->value = decode(line + name_end + (eq != NULL), eq ? end - name_end - 1 : 0);
                p->value_len = decoded_len - p->value;
                long slot = (long)(hash_bytes(decoded + p->name, p->name_len) & (unsigned long)(slots - 1));
                while (table[slot] >= 0) {
                    const Pair *seen = &pairs[table[slot]];
                    if (seen->name_len == p->name_len && memcmp(decoded + seen->name, decoded + p->name, (size_t)p->name_len) == 0) break;
                    slot = (slot + 1) & (slots - 1);
                }
                if (table[slot] < 0) {
                    table[slot] = count;
                    group_size[groups] = 0;
                    p->group = groups++;
                } else {
                    p->group = pairs[table[slot]].group;
                }
                group_size[p->group]++;
                count++;
            }
            start = end + 1;
        }
        /* A stable counting sort of the pairs by group keeps each name's values in order. */
        group_start[0] = 0;
        for (int g = 0; g < groups; g++) group_start[g + 1] = group_start[g] + group_size[g];
        for (int i = 0; i < count; i++) order[group_start[pairs[i].group]++] = i;
        printf("%d\n", count);
        for (int i = 0; i < count; i++) {
            const Pair *p = &pairs[order[i]];
            fwrite(decoded + p->name, 1, (size_t)p->name_len, stdout);
            putchar('=');
            fwrite(decoded + p->value, 1, (size_t)p->value_len, stdout);
            putchar('\n');
        }
    }
    return 0;
}
